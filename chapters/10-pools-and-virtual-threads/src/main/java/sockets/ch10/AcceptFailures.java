package sockets.ch10;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * What the accept loop does when accept(2) fails on a listener that is still open. The usual
 * cause is EMFILE, "Too many open files": every client holds a descriptor, and the process has
 * as many as its limit allows ({@code ulimit -n}, RLIMIT_NOFILE). The connection stays in the
 * kernel's accept queue and the listener stays ready, so an accept at once fails at once, for
 * ever: a loop at 100% CPU that writes a log line each time round. Instead the loop pauses,
 * says once what is wrong, and says once when it accepts again.
 */
final class AcceptFailures {

    /** How long the accept loop waits after a failed accept before it tries again. */
    static final Duration PAUSE = Duration.ofMillis(100);
    /** After saying it, how long before the server says it again: at the limit, every client
     *  that leaves lets one more in, and the next accept fails again. */
    static final Duration QUIET = Duration.ofMinutes(1);

    private final PrintStream log;
    /** Accepts that failed since the last one that worked. */
    private int failed;
    private boolean said;
    private long saidAt;

    AcceptFailures(PrintStream log) {
        this.log = log;
    }

    // tag::failed[]
    /** After a failed accept(2): says why, once; then waits PAUSE before the next accept. */
    void failed(IOException e) {
        if (failed++ == 0 && (saidAt == 0 || System.nanoTime() - saidAt > QUIET.toNanos())) {
            var why = Options.lower(e);
            // strerror(EMFILE) is "Too many open files" (ENFILE's, for the whole machine,
            // adds "in system"). A client that leaves gives its descriptor back.
            log.println(why.contains("too many open files")
                    ? "out of file descriptors (accept: " + why + "); accepting again every "
                            + PAUSE.toMillis() + " ms until a client leaves"
                    : "accept failed: " + why + "; trying again every " + PAUSE.toMillis() + " ms");
            said = true;
            saidAt = System.nanoTime();
        }
        try {
            // The connections that come meanwhile wait in the kernel's accept queue.
            Thread.sleep(PAUSE);
        } catch (InterruptedException stop) {
            // the accept loop sees the flag and ends
            Thread.currentThread().interrupt();
        }
    }

    /** After an accept(2) that worked: if it said accepts failed, says that they work again. */
    void succeeded() {
        if (failed > 0 && said) {
            log.println("accepting again, after " + failed + " failed accepts");
            said = false;
        }
        failed = 0;
    }
    // end::failed[]
}

package sockets.ch10;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.time.Duration;

/**
 * One client of the echo server: every line it sends comes back as it came. The same code runs
 * on a virtual thread or on a pool's thread; it blocks in read and write and cannot tell which.
 * It holds one buffer of {@link #BUFFER} bytes and allocates nothing per line.
 */
final class EchoConnection {

    /** The longest line the server takes, in bytes, before its {@code \r\n} or {@code \n}. */
    static final int MAX_LINE = 1024;
    /** Bytes read at once; a line and its end always fit, so a whole line is never split. */
    static final int BUFFER = 4096;

    private final Socket socket;
    private final Duration idleTimeout;
    /** When the read now waiting began, or 0: the watchdog, not SO_TIMEOUT, times it. */
    private volatile long readingSince;
    /** When the write now in progress began, or 0: a write has no SO_TIMEOUT to end it. */
    private volatile long writingSince;
    /** Set by the watchdog before it shuts the input: the end of stream that follows is its. */
    private volatile boolean expired;

    EchoConnection(Socket socket, Duration idleTimeout) {
        this.socket = socket;
        this.idleTimeout = idleTimeout;
    }

    /** Serves the client until it leaves or breaks a limit; closes the socket; logs how. */
    void serve(PrintStream log) {
        var client = Options.hostAndPort(socket.getRemoteSocketAddress());
        try (socket) {
            log.println(client + ": " + echo());
        } catch (IOException closeFailed) {
            log.println(client + ": " + closeFailed.getMessage());
        }
    }

    // tag::echo[]
    private String echo() {
        var lines = 0;
        try {
            // No SO_TIMEOUT: on a virtual thread every timed read arms and cancels a timer.
            // The watchdog reads readingSince instead and ends a read that waits too long.
            var in = socket.getInputStream();
            var out = socket.getOutputStream();
            var buffer = new byte[BUFFER];
            var kept = 0;
            while (true) {
                // read(2): whatever has arrived, from part of a line to many lines.
                readingSince = System.nanoTime();
                var n = in.read(buffer, kept, buffer.length - kept);
                readingSince = 0;
                if (n == -1 && expired) {
                    return goodbye("idle for " + idleTimeout.toMillis() + " ms", lines);
                }
                if (n == -1) {
                    // The client's FIN. A last line without its \n still gets an echo.
                    if (kept > 0) {
                        buffer[kept++] = '\n';
                        write(out, buffer, kept);
                    }
                    return "closed after " + count(lines + (kept > 0 ? 1 : 0));
                }
                var end = kept + n;
                var complete = 0;
                for (int i = kept; i < end; i++) {
                    if (buffer[i] == '\n') {
                        complete = i + 1;
                        lines++;
                    }
                }
                // One write(2) for all the complete lines this read brought: the
                // bytes go back from the buffer they came in, nothing is copied.
                write(out, buffer, complete);
                // The start of the next line moves to the front of the buffer.
                kept = end - complete;
                System.arraycopy(buffer, complete, buffer, 0, kept);
                if (kept > MAX_LINE + 1) {
                    return goodbye("a line may have at most " + MAX_LINE + " bytes", lines);
                }
            }
        } catch (IOException e) {
            // A reset, or the server closed the socket: at shutdown, or a stuck write.
            return "dropped after " + count(lines) + ": " + Options.lower(e);
        }
    }
    // end::echo[]

    void write(OutputStream out, byte[] bytes, int length) throws IOException {
        if (length == 0) {
            return;
        }
        // write(2) blocks while the client does not read; the watchdog sees how long.
        writingSince = System.nanoTime();
        out.write(bytes, 0, length);
        writingSince = 0;
    }

    private String goodbye(String why, int lines) {
        Goodbye.say(this, socket, why);
        return "dropped after " + count(lines) + ": " + why;
    }

    /**
     * When the watchdog must act, in System.nanoTime() terms: the limit after the read or the
     * write that is waiting now began, or {@code Long.MAX_VALUE} while neither waits.
     */
    long deadline(Duration limit) {
        var since = writingSince != 0 ? writingSince : readingSince;
        return since == 0 ? Long.MAX_VALUE : since + limit.toNanos();
    }

    boolean isWriting() {
        return writingSince != 0;
    }

    /**
     * shutdown(SHUT_RD) from the watchdog: the blocked read returns end of stream (the JDK
     * also takes a parked virtual thread's socket out of its poller), and the worker, seeing
     * {@code expired}, says goodbye on the output, which is still open.
     */
    void expire() {
        expired = true;
        try {
            socket.shutdownInput();
        } catch (IOException alreadyGone) {
            // the worker's read ends either way
        }
    }

    /** close(2) from another thread: a read or write blocked in the worker throws. */
    void close() {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // closing is all we wanted
        }
    }

    private static String count(int lines) {
        return lines == 1 ? "1 line" : lines + " lines";
    }
}

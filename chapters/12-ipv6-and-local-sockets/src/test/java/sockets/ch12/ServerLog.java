package sockets.ch12;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** A server's log kept by the test, which can wait for a line instead of sleeping. */
final class ServerLog extends ByteArrayOutputStream {

    final PrintStream stream = new PrintStream(this, true, StandardCharsets.UTF_8);

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        super.write(bytes, offset, length);
        notifyAll();
    }

    @Override
    public synchronized String toString() {
        return toString(StandardCharsets.UTF_8);
    }

    /** Waits until a line of the log passes the test; fails with the log after 10 s. */
    synchronized String awaitLine(Predicate<String> wanted) {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            var found = toString().lines().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            var left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                return fail("the server did not log the expected line within 10 s\n" + this);
            }
            try {
                wait(Math.max(1, left.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted while waiting for the server's log");
            }
        }
    }
}

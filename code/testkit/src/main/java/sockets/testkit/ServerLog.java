package sockets.testkit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A server's log kept by the test, which can wait for a line instead of sleeping: hand
 * {@link #stream()} to the server in place of {@code System.out}, then
 * {@link #awaitLine(Predicate, Duration)} for the line the server prints after the event.
 */
public final class ServerLog {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(new OutputStream() {
        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            synchronized (ServerLog.this) {
                bytes.write(buffer, offset, length);
                ServerLog.this.notifyAll();
            }
        }
    }, true, StandardCharsets.UTF_8);

    /** The stream the server prints its log to. */
    public PrintStream stream() {
        return stream;
    }

    /** What the server logged so far. */
    @Override
    public synchronized String toString() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public boolean contains(String text) {
        return toString().contains(text);
    }

    /** Waits until a line of the log passes the test, and returns it; fails with the log after the timeout. */
    public synchronized String awaitLine(Predicate<String> wanted, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var found = toString().lines().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            var left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the server did not log the expected line within "
                        + timeout.toMillis() + " ms\n" + this);
            }
            try {
                wait(Math.max(1, Duration.ofNanos(left).toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the server's log", e);
            }
        }
    }
}

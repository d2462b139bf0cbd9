package sockets.ch13;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The event loop in the test's JVM, on a channel bound to 127.0.0.1 port 0, on a thread named
 * {@code event-loop}, with a log the test can wait on. (The testkit's BackgroundServer binds a
 * {@code ServerSocket}, which has no channel, so this chapter brings its own.)
 */
final class LoopUnderTest implements AutoCloseable {

    /** The server's limits, with one second of patience instead of thirty. */
    static final SelectorServer.Limits LIMITS =
            new SelectorServer.Limits(1024, 64 * 1024, Duration.ofSeconds(1), Duration.ofSeconds(1));

    /** The same with a minute of patience, for tests that are not about the idle limit. */
    static final SelectorServer.Limits PATIENT =
            new SelectorServer.Limits(1024, 64 * 1024, Duration.ofMinutes(1), Duration.ofSeconds(1));

    /** The server's log lines, kept, so that a test can wait for one instead of sleeping. */
    static final class Log extends PrintStream {
        private final List<String> lines = new ArrayList<>();

        Log() {
            super(OutputStream.nullOutputStream());
        }

        @Override
        public synchronized void println(String line) {
            lines.add(line);
            notifyAll();
        }

        synchronized String await(String containing) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
            for (int seen = 0; ; ) {
                for (; seen < lines.size(); seen++) {
                    if (lines.get(seen).contains(containing)) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the server never logged '" + containing + "':\n"
                            + String.join("\n", lines));
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        synchronized String all() {
            return String.join("\n", lines);
        }
    }

    private final ServerSocketChannel listener;
    private final EventLoop loop;
    private final Log log = new Log();
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private boolean closed;

    private LoopUnderTest(SelectorServer.Limits limits) throws IOException {
        listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        loop = new EventLoop(listener, limits, log);
        thread = Thread.ofPlatform().daemon().name("event-loop").start(() -> {
            try {
                loop.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
    }

    static LoopUnderTest start() throws IOException {
        return new LoopUnderTest(LIMITS);
    }

    static LoopUnderTest start(SelectorServer.Limits limits) throws IOException {
        return new LoopUnderTest(limits);
    }

    int port() throws IOException {
        return ((InetSocketAddress) listener.getLocalAddress()).getPort();
    }

    LoopCounts counts() {
        return loop.counts();
    }

    Log log() {
        return log;
    }

    /** Stops the loop and waits for its thread to end; once, however often it is called. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        loop.stop();
        thread.join(Duration.ofSeconds(10));
        if (failure.get() != null) {
            throw new AssertionError("the event loop failed", failure.get());
        }
        if (thread.isAlive()) {
            throw new AssertionError("the event loop did not stop when its listener closed");
        }
    }
}

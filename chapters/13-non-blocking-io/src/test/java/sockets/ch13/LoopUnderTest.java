package sockets.ch13;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import sockets.testkit.BackgroundServer;
import sockets.testkit.ServerLog;

/**
 * The event loop in the test's JVM, on the testkit's {@link BackgroundServer}: a channel bound
 * to 127.0.0.1 port 0, the loop's {@link LoopCounts}, and its log, which a test can wait on.
 * Closing it stops the loop ({@link EventLoop#stop()}: closing the listener alone would leave
 * the loop asleep in select(2) until its next sweep) and rethrows what the loop threw.
 */
record LoopUnderTest(BackgroundServer server, LoopCounts counts, ServerLog log) implements AutoCloseable {

    /** The server's limits, with one second of patience instead of thirty. */
    static final SelectorServer.Limits LIMITS =
            new SelectorServer.Limits(1024, 64 * 1024, Duration.ofSeconds(1), Duration.ofSeconds(1));

    /** The same with a minute of patience, for tests that are not about the idle limit. */
    static final SelectorServer.Limits PATIENT =
            new SelectorServer.Limits(1024, 64 * 1024, Duration.ofMinutes(1), Duration.ofSeconds(1));

    /** How long a test waits for a line of the server's log. */
    static final Duration LOG_PATIENCE = Duration.ofSeconds(10);

    static LoopUnderTest start() throws IOException {
        return start(LIMITS);
    }

    static LoopUnderTest start(SelectorServer.Limits limits) throws IOException {
        var listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        var log = new ServerLog();
        var loop = new EventLoop(listener, limits, log.stream());
        var server = BackgroundServer.serve(listener, listener.getLocalAddress(),
                (address, thread) -> loop.stop(), channel -> loop.run());
        return new LoopUnderTest(server, loop.counts(), log);
    }

    int port() {
        return server.port();
    }

    /** Waits for the server to log a line that contains the text, and returns that line. */
    String awaitLog(String containing) {
        return log.awaitLine(line -> line.contains(containing), LOG_PATIENCE);
    }

    @Override
    public void close() {
        server.close();
        if (server.isRunning()) {
            throw new AssertionError("the event loop did not stop when the test stopped it");
        }
    }
}

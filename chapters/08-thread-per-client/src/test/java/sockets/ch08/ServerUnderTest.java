package sockets.ch08;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import sockets.testkit.BackgroundServer;

/**
 * The threaded echo server in the test's JVM, started from a thread group of its own. Its
 * client threads inherit the group, so the test finds exactly this server's threads, though
 * other tests run servers with threads of the same names at the same time.
 */
final class ServerUnderTest implements AutoCloseable {

    private final ThreadGroup group = new ThreadGroup("echo-under-test");
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final BackgroundServer server;

    ServerUnderTest(int maxClients, Duration patience) {
        var limits = new ThreadedEchoServer.Limits(maxClients, patience);
        var log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
        var started = new AtomicReference<BackgroundServer>();
        var starter = Thread.ofPlatform().group(group).start(() -> started.set(
                BackgroundServer.start(listener -> ThreadedEchoServer.serve(listener, limits, log))));
        try {
            starter.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        server = Objects.requireNonNull(started.get(), "the server did not start");
    }

    int port() {
        return server.port();
    }

    /** This server's live threads named client-N. */
    List<Thread> clientThreads() {
        var threads = new Thread[group.activeCount() + 200];
        int n = group.enumerate(threads);
        return Arrays.stream(threads, 0, n).filter(t -> t.getName().startsWith("client-")).toList();
    }

    /** Waits for every client thread to end; returns those still alive after the limit. */
    List<Thread> awaitClientThreadsEnded(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (var thread : clientThreads()) {
            thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        return clientThreads();
    }

    String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}

package sockets.ch08;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import sockets.testkit.BackgroundServer;
import sockets.testkit.ServerLog;

/**
 * The threaded echo server in the test's JVM on the testkit's {@link BackgroundServer},
 * started from a thread group of its own: what this adds to it. Its client threads inherit
 * the group, so the test finds exactly this server's threads, though other tests run servers
 * with threads of the same names at the same time.
 */
final class ServerUnderTest implements AutoCloseable {

    private final ThreadGroup group = new ThreadGroup("echo-under-test");
    private final ServerLog log = new ServerLog();
    private final BackgroundServer server;

    ServerUnderTest(int maxClients, Duration patience) {
        var limits = new ThreadedEchoServer.Limits(maxClients, patience);
        var started = new AtomicReference<BackgroundServer>();
        var starter = Thread.ofPlatform().group(group).start(() -> started.set(
                BackgroundServer.start(listener -> ThreadedEchoServer.serve(listener, limits, log.stream()))));
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

    ServerLog log() {
        return log;
    }

    @Override
    public void close() {
        server.close();
    }
}

package sockets.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a chapter's serving loop inside the test's JVM, on a listener the test bound to
 * 127.0.0.1 port 0. The test knows the port before the first connect, so it never waits for a
 * readiness line; closing stops the loop by closing the listener under its accept().
 */
public final class BackgroundServer implements AutoCloseable {

    /** A serving loop: what a chapter's server does once it is listening. */
    @FunctionalInterface
    public interface Loop {
        void serve(ServerSocket listener) throws IOException;
    }

    private final ServerSocket listener;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private BackgroundServer(ServerSocket listener, Loop loop) {
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name("server-under-test").start(() -> {
            try {
                loop.serve(listener);
            } catch (SocketException closedByTest) {
                // close() closed the listener under accept(): the normal way to stop
            } catch (Throwable t) {
                if (!listener.isClosed()) {
                    failure.set(t);
                }
            }
        });
    }

    public static BackgroundServer start(Loop loop) {
        return start(50, loop);
    }

    public static BackgroundServer start(int backlog, Loop loop) {
        try {
            var listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
            return new BackgroundServer(listener, loop);
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind a loopback listener", e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Closes the listener, waits for the loop to end and rethrows what it failed with. */
    @Override
    public void close() {
        try {
            listener.close();
            thread.join(Duration.ofSeconds(10));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not stop the server under test", e);
        }
        if (failure.get() != null) {
            throw new AssertionError("the server loop failed", failure.get());
        }
    }
}

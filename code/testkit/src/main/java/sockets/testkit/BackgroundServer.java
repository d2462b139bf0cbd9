package sockets.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.nio.channels.NetworkChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a chapter's serving loop inside the test's JVM, on a listener the test made: a
 * {@link ServerSocket}, a channel (TCP, UDP or Unix domain), a {@link DatagramSocket}, or any
 * other {@link AutoCloseable} such as a wrapper around a native descriptor. The test knows the
 * address before the first connect, so it never waits for a readiness line.
 *
 * <p>Closing stops the loop by closing the listener under its accept() or receive(), waits for
 * the loop to end and rethrows, as an {@link AssertionError}, whatever the loop threw before
 * the test closed it (an {@link IOException} thrown once the test closed the listener is the
 * normal way to stop, anything else is a failure).
 */
public final class BackgroundServer implements AutoCloseable {

    /** A serving loop on a {@link ServerSocket}: what a chapter's server does once it listens. */
    @FunctionalInterface
    public interface Loop {
        void serve(ServerSocket listener) throws IOException;
    }

    /** A serving loop on any listener. */
    @FunctionalInterface
    public interface Serving<L> {
        void serve(L listener) throws Exception;
    }

    /**
     * Ends a loop that closing its listener does not wake, as close(2) does not wake a thread
     * blocked in the C library's accept(2): typically it connects while the loop still runs,
     * then joins it.
     */
    @FunctionalInterface
    public interface Wake {
        /** For a loop that closing its listener ends: nothing to do. */
        Wake CLOSING_IS_ENOUGH = (address, loop) -> {
        };

        void wake(SocketAddress address, Thread loop) throws Exception;
    }

    private final AutoCloseable listener;
    private final SocketAddress address;
    private final Wake wake;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stopping;

    private <L extends AutoCloseable> BackgroundServer(L listener, SocketAddress address, Wake wake,
            Serving<? super L> loop) {
        this.listener = listener;
        this.address = address;
        this.wake = wake;
        this.thread = Thread.ofPlatform().daemon().name("server-under-test").start(() -> {
            try {
                loop.serve(listener);
            } catch (Throwable t) {
                if (!(stopping && closedUnderIt(t))) {
                    failure.set(t);
                }
            }
        });
    }

    private static boolean closedUnderIt(Throwable t) {
        return t instanceof IOException || t instanceof UncheckedIOException;
    }

    /** Binds a {@link ServerSocket} to 127.0.0.1 port 0 and runs the loop on it. */
    public static BackgroundServer start(Loop loop) {
        return start(50, loop);
    }

    public static BackgroundServer start(int backlog, Loop loop) {
        return serve(loopbackListener(backlog), loop::serve);
    }

    /** Runs the loop on a listener the test bound; its address is read from the listener. */
    public static <L extends AutoCloseable> BackgroundServer serve(L listener, Serving<? super L> loop) {
        return new BackgroundServer(listener, addressOf(listener), Wake.CLOSING_IS_ENOUGH, loop);
    }

    /**
     * Runs the loop on a listener whose address the test knows: one the kit cannot read the
     * address of, one whose close does more (removes a socket file), or one close does not wake.
     */
    public static <L extends AutoCloseable> BackgroundServer serve(L listener, SocketAddress address,
            Wake wake, Serving<? super L> loop) {
        return new BackgroundServer(listener, address, wake, loop);
    }

    /** A {@link ServerSocket} bound to 127.0.0.1 port 0 with the given accept queue. */
    public static ServerSocket loopbackListener(int backlog) {
        try {
            var listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
            return listener;
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind a loopback listener", e);
        }
    }

    private static SocketAddress addressOf(AutoCloseable listener) {
        try {
            return switch (listener) {
                case ServerSocket socket -> socket.getLocalSocketAddress();
                case DatagramSocket socket -> socket.getLocalSocketAddress();
                case NetworkChannel channel -> channel.getLocalAddress();
                default -> throw new IllegalArgumentException("cannot read the address of a "
                        + listener.getClass().getName() + ": pass it to serve(listener, address, ...)");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the listener's address", e);
        }
    }

    public int port() {
        return address().getPort();
    }

    /** The address of an Internet listener. */
    public InetSocketAddress address() {
        if (address instanceof InetSocketAddress inet) {
            return inet;
        }
        throw new IllegalStateException("the listener is not an Internet socket: " + address);
    }

    /** The listener's address, whatever its family (a Unix domain socket's path). */
    public SocketAddress localAddress() {
        return address;
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Waits for a loop that ends by itself; fails if it did not within the limit, or failed. */
    public void awaitFinished(Duration limit) throws InterruptedException {
        thread.join(limit);
        if (thread.isAlive()) {
            throw new AssertionError("the server loop did not end within " + limit);
        }
        rethrowFailure();
    }

    /** Closes the listener, waits for the loop to end and rethrows what it failed with. */
    @Override
    public void close() {
        stopping = true;
        try {
            wake.wake(address, thread);
            listener.close();
            thread.join(Duration.ofSeconds(10));
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the server under test", e);
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        if (failure.get() != null) {
            throw new AssertionError("the server loop failed", failure.get());
        }
    }
}

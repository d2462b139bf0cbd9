package sockets.ch14;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The FFM server's loop in the test's own JVM, on a listener it made with socket, bind and
 * listen on 127.0.0.1 port 0. It serves exactly {@code clients} connections and ends by itself;
 * a thread blocked in the C library's accept cannot be interrupted, so closing it connects
 * and drops the clients the test did not send, then closes the listener.
 */
final class InProcessServer implements AutoCloseable {

    private final NativeSocket listener;
    private final int port;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private InProcessServer(NativeSocket listener, int port, Duration patience, int clients) {
        this.listener = listener;
        this.port = port;
        this.thread = Thread.ofPlatform().daemon().name("ffm-server-under-test").start(() -> {
            try {
                NativeGreetingServer.serve(listener, patience, clients);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
    }

    static InProcessServer start(Duration patience, int clients) throws Exception {
        var listener = NativeGreetingServer.listen(
                new Options(Inet4Address.ofLiteral("127.0.0.1"), 0));
        return new InProcessServer(listener, boundPort(listener), patience, clients);
    }

    /** getsockname(2), as the server does before it prints its listening line. */
    static int boundPort(NativeSocket socket) throws ErrnoException {
        return socket.localAddress().getPort();
    }

    int port() {
        return port;
    }

    /** Waits for the loop to serve all its clients; rethrows what it failed with. */
    void awaitAllServed(Duration limit) throws Exception {
        thread.join(limit);
        if (thread.isAlive()) {
            throw new AssertionError("the server did not serve all its clients within " + limit);
        }
        if (failure.get() != null) {
            throw new AssertionError("the server loop failed", failure.get());
        }
    }

    @Override
    public void close() throws Exception {
        // Hand accept the connections it still waits for, each closed at once (read returns 0).
        for (int i = 0; thread.isAlive() && i < 100; i++) {
            try (var unused = new Socket(InetAddress.getLoopbackAddress(), port)) {
                unused.shutdownOutput();
            } catch (IOException stopped) {
                break;
            }
            thread.join(Duration.ofMillis(200));
        }
        thread.join(Duration.ofSeconds(5));
        listener.close();
    }
}

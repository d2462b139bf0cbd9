package sockets.ch05;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Platform;

/** Loopback servers that fail a client in one way each, for the client's tests. */
final class TroubleServers {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private TroubleServers() {
    }

    /** A port that was bound and closed again: the kernel now answers a SYN to it with RST. */
    static int closedPort() throws IOException {
        try (var probe = new ServerSocket(0, 1, LOOPBACK)) {
            return probe.getLocalPort();
        }
    }

    /** A listener whose accept queue the test filled with its own connects (backlog 1). */
    record FullQueue(ServerSocket listener, List<Socket> waiting) implements AutoCloseable {

        /** Why a test of a connect timeout on a full queue cannot run on Windows. */
        static final String WINDOWS_REFUSES = "shows a connect that times out on a full accept queue;"
                + " Windows refuses it at once instead";

        static FullQueue open() throws IOException {
            Platform.requirePosix(WINDOWS_REFUSES);
            var full = new FullQueue(new ServerSocket(0, 1, LOOPBACK), new ArrayList<>());
            // Linux queues backlog + 1 handshakes; connect until one is not answered. Bounded.
            for (int i = 0; i < 8; i++) {
                var socket = new Socket();
                full.waiting().add(socket);
                try {
                    socket.connect(full.listener().getLocalSocketAddress(), 300);
                } catch (SocketTimeoutException queueIsFull) {
                    return full;
                }
            }
            full.close();
            throw new IllegalStateException("8 connects to a listener with backlog 1 all completed");
        }

        int port() {
            return listener.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            for (var socket : waiting) {
                socket.close();
            }
            listener.close();
        }
    }

    /** Accepts, reads the client's line, sends {@code partial} (no newline) and hangs up. */
    static BackgroundServer hangingUpAfter(String partial) {
        return BackgroundServer.start(listener -> {
            while (true) {
                try (var connection = listener.accept()) {
                    connection.setSoTimeout(5_000);
                    var in = connection.getInputStream();
                    for (int b = in.read(); b != '\n' && b != -1; b = in.read()) {
                        // the client's line, read so that closing sends FIN and not RST
                    }
                    connection.getOutputStream().write(partial.getBytes(StandardCharsets.UTF_8));
                    connection.shutdownOutput();
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException clientGoneOrListenerClosed) {
                    if (listener.isClosed()) {
                        return;
                    }
                }
            }
        });
    }

    /** Accepts and answers with whatever {@code reply} writes, before reading anything. */
    static BackgroundServer speakingFirst(byte[] reply) {
        return BackgroundServer.start(listener -> {
            while (true) {
                try (var connection = listener.accept()) {
                    connection.getOutputStream().write(reply);
                    connection.setSoTimeout(5_000);
                    connection.getInputStream().transferTo(OutputStream.nullOutputStream());
                } catch (IOException clientGone) {
                    if (listener.isClosed()) {
                        return;
                    }
                }
            }
        });
    }

    static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(LOOPBACK, port);
    }
}

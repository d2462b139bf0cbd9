package sockets.ch10;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import sockets.testkit.Peer;

/**
 * The echo server in the test's JVM, on 127.0.0.1 port 0, with the limits a test chooses.
 * Closing it is the server's own graceful stop, so no thread or socket outlives the test.
 */
final class ServerUnderTest implements AutoCloseable {

    private final ServerSocket listener;
    private final ExecutorServer server;
    private final Thread acceptLoop;

    ServerUnderTest(Limits limits) {
        try {
            listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), EchoServer.BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new ExecutorServer(listener, limits, new PrintStream(OutputStream.nullOutputStream()));
        acceptLoop = Thread.ofPlatform().daemon().start(server::serve);
    }

    Peer connect() {
        return Peer.connect(listener.getLocalPort());
    }

    int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() throws InterruptedException {
        server.stop();
        acceptLoop.join();
    }
}

package sockets.ch16;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import sockets.testkit.BackgroundServer;

/** One design of the server in the test's JVM, on a loopback port, with the limits a test wants. */
final class RunningServer implements AutoCloseable {

    private final BackgroundServer server;
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();

    private RunningServer(Options.Design design, Limits limits, UnaryOperator<PrintStream> logThrough)
            throws IOException {
        var log = logThrough.apply(new PrintStream(logBytes, true, StandardCharsets.UTF_8));
        var commands = new Commands(limits, Commands::monotonicMillis);
        var loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (design == Options.Design.VIRTUAL) {
            var listener = new ServerSocket();
            listener.bind(loopback, RedisServer.BACKLOG);
            server = BackgroundServer.serve(listener, l -> new VirtualThreadServer(l, commands, limits, log).serve());
        } else {
            var listener = ServerSocketChannel.open();
            listener.bind(loopback, RedisServer.BACKLOG);
            var loop = new SelectorServer(listener, commands, limits, log);
            server = BackgroundServer.serve(listener, listener.getLocalAddress(),
                    (address, thread) -> loop.stop(), l -> loop.run());
        }
    }

    static RunningServer start(Options.Design design) throws IOException {
        return start(design, Limits.DEFAULT);
    }

    static RunningServer start(Options.Design design, Limits limits) throws IOException {
        return new RunningServer(design, limits, log -> log);
    }

    /** The same, with the server's log passed through {@code logThrough} (a log that fails, say). */
    static RunningServer start(Options.Design design, Limits limits, UnaryOperator<PrintStream> logThrough)
            throws IOException {
        return new RunningServer(design, limits, logThrough);
    }

    /** False once the server's loop has ended, by failing or otherwise. */
    boolean isRunning() {
        return server.isRunning();
    }

    int port() {
        return server.port();
    }

    InetSocketAddress address() {
        return server.address();
    }

    RespClient client() throws IOException {
        var socket = new Socket();
        socket.connect(address(), 5000);
        socket.setSoTimeout(10_000);
        return new RespClient(socket);
    }

    /** What the server logged so far. */
    String log() {
        synchronized (logBytes) {
            return logBytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}

package sockets.ch17;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import sockets.testkit.BackgroundServer;

/** The server in the test's JVM, on a loopback port, serving a folder with the limits a test wants. */
final class RunningServer implements AutoCloseable {

    /** The chapter's own site, seen from the module's folder (Surefire's working directory). */
    static final Path SITE = Path.of("site");

    private final HttpServer server;
    private final BackgroundServer background;
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();

    private RunningServer(Path root, Limits limits, ServerSocket listener) throws IOException {
        server = new HttpServer(new StaticFiles(root), limits, new PrintStream(logBytes, true, StandardCharsets.UTF_8));
        background = BackgroundServer.serve(listener, server::serve);
    }

    static RunningServer start() {
        return start(SITE, Limits.DEFAULT);
    }

    static RunningServer start(Limits limits) {
        return start(SITE, limits);
    }

    static RunningServer start(Path root, Limits limits) {
        return start(root, limits, BackgroundServer.loopbackListener(HttpServer.BACKLOG));
    }

    /** On a listener the test made: one that counts what it accepts, say. */
    static RunningServer start(Path root, Limits limits, ServerSocket listener) {
        try {
            return new RunningServer(root, limits, listener);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve " + root, e);
        }
    }

    InetSocketAddress address() {
        return (InetSocketAddress) background.address();
    }

    int port() {
        return background.port();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    RawClient connect() {
        return RawClient.connect(address());
    }

    /** True once every connection the server accepted has closed (waits up to 10 s). */
    boolean closesEveryConnection() throws InterruptedException {
        return server.awaitNoConnections(Duration.ofSeconds(10));
    }

    String log() {
        synchronized (logBytes) {
            return logBytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        background.close();
    }
}

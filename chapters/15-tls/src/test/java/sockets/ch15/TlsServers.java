package sockets.ch15;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import sockets.testkit.BackgroundServer;
import sockets.testkit.ServerLog;

/**
 * The chapter's TLS echo server in the test's JVM, with the certificate a test asks for. The
 * keys are made once for every test and program of the chapter ({@link Keys#made()}: the
 * first caller runs keytool, every later one finds target/tls-keys).
 */
record TlsServers(BackgroundServer server, ServerLog log) implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(2);

    static TlsServers start(Keys.Identity identity, String... protocols) {
        try {
            var listener = (SSLServerSocket) Keys.serverContext(identity).getServerSocketFactory()
                    .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            listener.setEnabledProtocols(protocols.length == 0 ? new String[] {"TLSv1.3"} : protocols);
            var log = new ServerLog();
            var server = BackgroundServer.serve(listener, l -> TlsEchoServer.serve(l, PATIENCE, log.stream()));
            return new TlsServers(server, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SSLContext trusting() {
        try {
            return Keys.clientContext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real ClientHello, as the JDK's client sends it first: one TLS record, header included. */
    static byte[] clientHello() throws IOException {
        var engine = trusting().createSSLEngine("localhost", 443);
        engine.setUseClientMode(true);
        var record = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), record);
        return Arrays.copyOf(record.array(), record.position());
    }

    InetSocketAddress address() {
        return server.address();
    }

    String awaitLine(String containing) {
        return log.awaitLine(line -> line.contains(containing), Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        server.close();
    }

    static final List<String> BOTH = List.of("TLSv1.3", "TLSv1.2");
}

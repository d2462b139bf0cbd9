package sockets.ch15;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.OwnThread;

/** How a TLS connection ends: close_notify, a truncation, and what shutdownOutput does. */
@Timeout(30)
class ClosingTest {

    @Test
    void close_sends_close_notify_and_the_server_reads_a_clean_end() throws IOException {
        try (var server = TlsServers.start(Keys.Identity.LOCALHOST)) {
            try (var client = TlsEchoClient.connect(TlsServers.trusting(), server.address(), "localhost",
                    TlsServers.BOTH)) {
                client.getOutputStream().write("one\n".getBytes(StandardCharsets.UTF_8));
                assertEquals("one", new String(TlsEchoConnection.readLine(client.getInputStream()),
                        StandardCharsets.UTF_8));
            }
            server.awaitLine("closed after 1 line");
        }
    }

    @Test
    void by_default_a_connection_cut_without_close_notify_also_reads_as_a_clean_end() throws IOException {
        try (var server = TlsServers.start(Keys.Identity.LOCALHOST);
             var tcp = new Socket(server.address().getAddress(), server.address().getPort())) {
            // autoClose false: closing the TCP socket below sends a FIN and no close_notify,
            // as an attacker who cuts the connection would.
            var tls = (SSLSocket) TlsServers.trusting().getSocketFactory().createSocket(tcp, "localhost",
                    server.address().getPort(), false);
            tls.getOutputStream().write("one\n".getBytes(StandardCharsets.UTF_8));
            TlsEchoConnection.readLine(tls.getInputStream());
            tcp.close();
            server.awaitLine("closed after 1 line");
        }
    }

    @Test
    void after_a_tls_1_3_shutdown_output_the_server_can_still_answer() throws Exception {
        assertEquals("got 3 bytes", answerAfterShutdownOutput("TLSv1.3"),
                "TLS 1.3's close_notify closes one direction only: a half-close, as in chapter 06");
    }

    @Test
    void after_a_tls_1_2_shutdown_output_the_server_cannot_answer() throws Exception {
        assertNull(answerAfterShutdownOutput("TLSv1.2"),
                "TLS 1.2's close_notify closes both directions: the answer never comes");
    }

    @Test
    void under_tls_1_3_close_sends_user_canceled_before_close_notify_so_a_jdk_peer_closes_its_side_too()
            throws Exception {
        // No API shows an alert, but its effect shows: a JDK peer that gets user_canceled then
        // close_notify closes its own direction at once (Alert.AlertConsumer), where a
        // close_notify alone, from shutdownOutput(), leaves it open to answer (the test above).
        assertEquals(true, serverOutputClosedAfter("TLSv1.3", Socket::close));
        assertEquals(false, serverOutputClosedAfter("TLSv1.3", Socket::shutdownOutput));
    }

    private interface Ending {
        void end(SSLSocket client) throws IOException;
    }

    /** Whether the server's own direction is closed once it reads the end the client made. */
    private static boolean serverOutputClosedAfter(String protocol, Ending ending) throws Exception {
        try (var listener = (SSLServerSocket) Keys.serverContext(Keys.Identity.LOCALHOST)
                .getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listener.setEnabledProtocols(new String[] {protocol});
            var serverEnd = OwnThread.supply("tls-server-end", () -> {
                try (var connection = listener.accept()) {
                    connection.setSoTimeout(10_000);
                    connection.getInputStream().readAllBytes();
                    return connection.isOutputShutdown();
                } catch (IOException e) {
                    return null;
                }
            });
            try (var client = TlsEchoClient.connect(TlsServers.trusting(),
                    (java.net.InetSocketAddress) listener.getLocalSocketAddress(), "localhost", List.of(protocol))) {
                client.getOutputStream().write("abc".getBytes(StandardCharsets.UTF_8));
                ending.end(client);
                return serverEnd.get(10, TimeUnit.SECONDS);
            }
        }
    }

    /** A server that answers once it has read everything, as chapter 06's BatchClient meets. */
    private static String answerAfterShutdownOutput(String protocol) throws Exception {
        try (var listener = (SSLServerSocket) Keys.serverContext(Keys.Identity.LOCALHOST)
                .getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listener.setEnabledProtocols(new String[] {protocol});
            var serverEnd = OwnThread.supply("tls-server-end", () -> {
                try (var connection = listener.accept()) {
                    connection.setSoTimeout(10_000);
                    int bytes = connection.getInputStream().readAllBytes().length;
                    connection.getOutputStream().write(("got " + bytes + " bytes\n").getBytes(StandardCharsets.UTF_8));
                    return "answered";
                } catch (IOException e) {
                    return e.getMessage();
                }
            });
            try (var client = TlsEchoClient.connect(TlsServers.trusting(),
                    (java.net.InetSocketAddress) listener.getLocalSocketAddress(), "localhost", List.of(protocol))) {
                client.getOutputStream().write("abc".getBytes(StandardCharsets.UTF_8));
                // On an SSLSocket, under either version: a close_notify alert, then
                // shutdown(SHUT_WR). What differs is the server's reading of it: under TLS 1.2
                // it closes both directions (SSLSocketImpl.shutdownOutput, TransportContext).
                client.shutdownOutput();
                var reply = new ByteArrayOutputStream();
                var line = TlsEchoConnection.readLine(client.getInputStream());
                serverEnd.get(10, TimeUnit.SECONDS);
                return line == null ? null : new String(line, StandardCharsets.UTF_8);
            }
        }
    }
}

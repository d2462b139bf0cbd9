package sockets.ch15;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;

/** Every way a handshake fails, provoked, and the one sentence each side says about it. */
@Timeout(30)
class HandshakeFailureTest {

    private static String clientSees(TlsServers server, List<String> protocols) {
        var e = assertThrows(SSLException.class, () -> TlsEchoClient.connect(TlsServers.trusting(),
                server.address(), "localhost", protocols).close());
        return HandshakeFailure.explainToClient(e, "localhost");
    }

    @Test
    void a_certificate_no_trusted_ca_signed_is_refused_by_the_client() {
        try (var server = TlsServers.start(Keys.Identity.SELF_SIGNED)) {
            assertEquals("the server's certificate is signed by no one this client trusts",
                    clientSees(server, TlsServers.BOTH));
        }
    }

    /** The alert the JDK client sent, which its exception's message starts with: "(certificate_unknown) ...". */
    private static String alertSentTo(TlsServers server) {
        var e = assertThrows(SSLException.class, () -> TlsEchoClient.connect(TlsServers.trusting(),
                server.address(), "localhost", TlsServers.BOTH).close());
        return e.getMessage().replaceFirst("^\\((\\w+)\\).*", "$1");
    }

    @Test
    void the_jdk_client_answers_a_certificate_no_trusted_ca_signed_with_the_alert_certificate_unknown() {
        try (var server = TlsServers.start(Keys.Identity.SELF_SIGNED)) {
            assertEquals("certificate_unknown", alertSentTo(server));
        }
    }

    @Test
    void a_server_that_reads_a_refusing_clients_alert_says_it_refused_our_certificate() {
        var e = new SSLHandshakeException("Received fatal alert: certificate_unknown");
        assertEquals("the client refused our certificate: certificate_unknown",
                HandshakeFailure.explainToServer(e));
    }

    @Test
    void a_server_still_writing_when_a_refusing_client_closes_says_the_client_closed() {
        // The race a refusing client can win: it reads our certificate, sends its alert and
        // closes while this server still writes its last handshake records (broken pipe).
        assertEquals("the client closed the connection while this server was still sending its part of the"
                + " handshake: a client that refuses our certificate can, before its alert is read",
                HandshakeFailure.explainToServer(new SocketException("Broken pipe")));
    }

    @Test
    void a_certificate_for_another_name_is_refused_when_the_client_checks_the_name() {
        try (var server = TlsServers.start(Keys.Identity.OTHER_HOST)) {
            assertEquals("the server's certificate is not for localhost",
                    clientSees(server, TlsServers.BOTH));
        }
    }

    @Test
    void a_bare_sslsocket_does_not_check_the_name_and_takes_a_certificate_for_another_host() throws IOException {
        try (var server = TlsServers.start(Keys.Identity.OTHER_HOST);
             var bare = (SSLSocket) TlsServers.trusting().getSocketFactory()
                     .createSocket("localhost", server.address().getPort())) {
            // No endpoint identification: the CA vouches for other.example, and that is all
            // the default SSLSocket asks.
            bare.startHandshake();
            assertEquals("CN=other.example", ((java.security.cert.X509Certificate)
                    bare.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName());
        }
    }

    @Test
    void an_expired_certificate_is_refused_by_the_client() {
        try (var server = TlsServers.start(Keys.Identity.EXPIRED)) {
            assertEquals("the server's certificate has expired", clientSees(server, TlsServers.BOTH));
        }
    }

    @Test
    void the_jdk_client_answers_an_expired_certificate_with_the_alert_certificate_expired() {
        // CertificateMessage.getCertificateAlert: a path that fails for BasicReason.EXPIRED
        // draws certificate_expired; no path at all (self-signed) draws certificate_unknown.
        try (var server = TlsServers.start(Keys.Identity.EXPIRED)) {
            assertEquals("certificate_expired", alertSentTo(server));
        }
    }

    @Test
    void an_alert_that_is_not_about_the_certificate_is_not_reported_as_a_refused_certificate() {
        try (var server = TlsServers.start(Keys.Identity.LOCALHOST);
             var peer = Peer.connect(server.address())) {
            // A plaintext alert record instead of a ClientHello: fatal (2), handshake_failure (40).
            peer.send(java.util.HexFormat.of().parseHex("15030300020228"));
            assertEquals("127.0.0.1:PORT: handshake failed: the client ended the handshake with the alert"
                    + " handshake_failure", withoutPort(server.awaitLine("handshake failed")));
        }
    }

    @Test
    void a_tls_1_2_only_client_and_a_tls_1_3_only_server_share_no_version() {
        try (var server = TlsServers.start(Keys.Identity.LOCALHOST, "TLSv1.3")) {
            assertEquals("the server and this client share no TLS version",
                    clientSees(server, List.of("TLSv1.2")));
            assertEquals("127.0.0.1:PORT: handshake failed: the client offers no TLS version this server takes",
                    withoutPort(server.awaitLine("handshake failed")));
        }
    }

    @Test
    void a_plain_text_client_gets_a_tls_alert_and_the_server_says_why() {
        try (var server = TlsServers.start(Keys.Identity.LOCALHOST);
             var plain = Peer.connect(server.address())) {
            plain.sendLine("hello in plain text");
            // A TLS record of type 21 (alert), version 3.3, 2 bytes: fatal (2), unexpected_message (10).
            assertEquals("1503030002020a", java.util.HexFormat.of().formatHex(plain.readExactly(7)));
            assertEquals("127.0.0.1:PORT: handshake failed: the client sent bytes that are not TLS",
                    withoutPort(server.awaitLine("handshake failed")));
        }
    }

    @Test
    void a_tls_client_at_a_plain_text_server_says_it_is_not_a_tls_server() throws IOException {
        try (var plain = BackgroundServer.start(listener -> {
            while (true) {
                try (var connection = listener.accept()) {
                    connection.getOutputStream().write("220 plain.example ready\r\n".getBytes(StandardCharsets.US_ASCII));
                    connection.getInputStream().read();
                }
            }
        })) {
            var e = assertThrows(SSLException.class, () -> TlsEchoClient.connect(TlsServers.trusting(),
                    plain.address(), "localhost", TlsServers.BOTH).close());
            assertEquals("the server answered with bytes that are not TLS: it is not a TLS server",
                    HandshakeFailure.explainToClient(e, "localhost"));
        }
    }

    @Test
    void a_tls_client_at_a_server_that_closes_says_so() throws IOException {
        try (var closing = BackgroundServer.start(listener -> {
            while (true) {
                listener.accept().close();
            }
        })) {
            var e = assertThrows(IOException.class, () -> TlsEchoClient.connect(TlsServers.trusting(),
                    closing.address(), "localhost", TlsServers.BOTH).close());
            assertEquals("the server closed the connection in the middle of the handshake:"
                    + " it does not speak TLS, or it refused this client",
                    HandshakeFailure.explainToClient(e, "localhost"));
        }
    }

    @Test
    void a_client_that_stalls_in_the_handshake_is_dropped_after_the_servers_patience() {
        try (var server = TlsServers.start(Keys.Identity.LOCALHOST);
             var silent = Peer.connect(server.address())) {
            server.awaitLine("handshake failed: not finished within 2 s");
            // The server's kernel sends FIN (after an alert, if the JDK sends one): the
            // read reaches the end of the stream instead of timing out.
            silent.readToEnd();
        }
    }

    @Test
    void a_client_that_drips_its_client_hello_is_dropped_at_the_handshake_deadline() throws Exception {
        // A byte every 100 ms: each read waits far less than the server's 2 s SO_TIMEOUT, and
        // the whole ClientHello (hundreds of bytes) would take tens of seconds.
        var hello = TlsServers.clientHello();
        try (var server = TlsServers.start(Keys.Identity.LOCALHOST);
             var dripper = Peer.connect(server.address());
             var timer = Executors.newSingleThreadScheduledExecutor()) {
            long start = System.nanoTime();
            var next = new AtomicInteger();
            timer.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i < hello.length) {
                    dripper.send(new byte[] {hello[i]});   // throws once the server has closed: no more drips
                }
            }, 0, 100, TimeUnit.MILLISECONDS);
            server.awaitLine("handshake failed: not finished within 2 s");
            long took = System.nanoTime() - start;
            assertTrue(next.get() < hello.length, "the deadline came before the ClientHello's end");
            assertTrue(took >= TlsServers.PATIENCE.toNanos(), "not before the deadline: " + took / 1_000_000 + " ms");
            try (var client = TlsEchoClient.connect(TlsServers.trusting(), server.address(), "localhost",
                    TlsServers.BOTH)) {
                client.getOutputStream().write("next\n".getBytes(StandardCharsets.UTF_8));
                assertEquals("next", new String(TlsEchoConnection.readLine(client.getInputStream()),
                        StandardCharsets.UTF_8), "the next client is served");
            }
        }
    }

    static String withoutPort(String line) {
        return line.replaceFirst(":\\d+:", ":PORT:");
    }
}

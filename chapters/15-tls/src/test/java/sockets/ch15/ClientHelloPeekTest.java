package sockets.ch15;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;
import sockets.testkit.ServerLog;
import sockets.testkit.Transcript;

/** The ClientHello, read from a plain ServerSocket: what a TLS client sends first, in clear. */
@Timeout(30)
class ClientHelloPeekTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void the_peek_prints_what_the_book_shows_of_our_clients_hello() throws IOException {
        var log = new ServerLog();
        var listener = ClientHelloPeek.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                log.stream());
        try (var peek = BackgroundServer.serve(listener, l -> ClientHelloPeek.serve(l, log.stream()))) {
            // The peek never answers: our client's handshake fails when it closes.
            assertThrows(IOException.class, () -> TlsEchoClient.connect(TlsServers.trusting(),
                    peek.address(), "localhost", TlsServers.BOTH).close());
            // The last line of the peek's report: the last of the extensions the JDK's client sends.
            log.awaitLine(line -> line.contains("key_share"), WAIT);
            Transcript.load("peek.txt")
                    .normalising("\\b(\\d+) bytes", "N bytes")
                    .normalising("record header 16 03 03 .. ..", "record header 16 03 03 N N")
                    .assertMatches(log.toString());
        }
    }

    @Test
    void a_plain_text_client_is_no_tls_handshake() throws IOException {
        var log = new ServerLog();
        try (var peek = BackgroundServer.start(listener -> ClientHelloPeek.serve(listener, log.stream()));
             var plain = Peer.connect(peek.address())) {
            plain.sendLine("GET / HTTP/1.1");
            log.awaitLine(line -> line.contains("record header 47 45 54 20 2f"), WAIT);
            assertEquals("  not a TLS handshake record (22): a plain-text client?",
                    log.awaitLine(line -> line.contains("not a TLS"), WAIT));
        }
    }

    @Test
    void a_client_hello_split_across_two_records_is_read_whole() throws IOException {
        // RFC 8446, 5.1: a handshake message may be fragmented across records. The JDK's
        // ClientHello, its body cut after 100 bytes into two records of type 22.
        var hello = TlsServers.clientHello();
        var body = Arrays.copyOfRange(hello, 5, hello.length);
        var split = new ByteArrayOutputStream();
        for (var part : List.of(Arrays.copyOfRange(body, 0, 100), Arrays.copyOfRange(body, 100, body.length))) {
            split.write(new byte[] {22, 3, 3, (byte) (part.length >> 8), (byte) part.length});
            split.write(part);
        }
        var log = new ServerLog();
        try (var peek = BackgroundServer.start(listener -> ClientHelloPeek.serve(listener, log.stream()));
             var client = Peer.connect(peek.address())) {
            client.send(split.toByteArray());
            assertEquals("  the ClientHello spans 2 records", log.awaitLine(line -> line.contains("spans"), WAIT));
            assertEquals("  versions: TLSv1.3, TLSv1.2", log.awaitLine(line -> line.contains("versions:"), WAIT));
        }
    }

    @Test
    void a_record_that_is_no_client_hello_is_said_to_be_none() throws IOException {
        var log = new ServerLog();
        try (var peek = BackgroundServer.start(listener -> ClientHelloPeek.serve(listener, log.stream()));
             var odd = Peer.connect(peek.address())) {
            // A handshake record of 4 bytes holding a message of type 2, a ServerHello.
            odd.send(java.util.HexFormat.of().parseHex("160303000402000000"));
            assertEquals("  not a ClientHello: handshake message type 2 is not 1 (clienthello)",
                    log.awaitLine(line -> line.contains("not a ClientHello"), WAIT));
        }
    }
}

package sockets.ch15.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class VersionProbeTest {

    private static final List<String> BOTH = List.of("TLSv1.3", "TLSv1.2");

    /** Shakes hands with every client, or fails to, until the listener closes. */
    private static void serve(SSLServerSocket listener) {
        Thread.ofPlatform().daemon().start(() -> {
            while (!listener.isClosed()) {
                try (var client = (SSLSocket) listener.accept()) {
                    client.setSoTimeout(10_000);
                    client.startHandshake();
                } catch (IOException e) {
                    // a refused handshake, or the listener closed
                }
            }
        });
    }

    private static List<String> probe(String... serverVersions) throws IOException {
        try (var listener = ClassroomKeys.listen("localhost", serverVersions)) {
            serve(listener);
            try {
                return VersionProbe.accepted(ClassroomKeys.trusting(),
                        new InetSocketAddress("localhost", listener.getLocalPort()), BOTH);
            } catch (SSLHandshakeException refused) {
                return fail("the probe threw " + refused + ": a handshake the server refuses (protocol_version) is"
                        + " an answer, not an error; try the next version on a new connection");
            }
        }
    }

    @Test
    void finds_the_one_version_a_tls_1_3_only_server_takes() throws IOException {
        assertEquals(List.of("TLSv1.3"), probe("TLSv1.3"),
                "a TLS 1.2 handshake fails with protocol_version: that is an answer, not an error");
    }

    @Test
    void finds_both_versions_of_a_server_that_takes_both() throws IOException {
        assertEquals(BOTH, probe("TLSv1.3", "TLSv1.2"),
                "offer one version per connection: offered both, the server picks 1.3 every time");
    }

    @Test
    void finds_the_one_version_a_tls_1_2_only_server_takes() throws IOException {
        assertEquals(List.of("TLSv1.2"), probe("TLSv1.2"));
    }

    @Test
    void a_server_that_cannot_be_reached_is_an_ioexception() throws IOException {
        int closed;
        try (var listener = ClassroomKeys.listen("localhost", "TLSv1.3")) {
            closed = listener.getLocalPort();
        }
        assertThrows(IOException.class, () -> VersionProbe.accepted(ClassroomKeys.trusting(),
                new InetSocketAddress("localhost", closed), BOTH), "connection refused: no answer at all");
    }
}

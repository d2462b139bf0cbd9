package sockets.ch15.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class SniLogTest {

    /** The name the server's SniLog reads when a client connects to {@code host}, naming {@code sni}. */
    private static String nameSeenByTheServer(String host, String sni) throws Exception {
        try (var listener = ClassroomKeys.listen("localhost", "TLSv1.3")) {
            var seen = new CompletableFuture<String>();
            Thread.ofPlatform().daemon().name("sni-server").start(() -> {
                try (var accepted = (SSLSocket) listener.accept()) {
                    accepted.setSoTimeout(10_000);
                    seen.complete(SniLog.requestedName(accepted));
                } catch (IOException | RuntimeException e) {
                    seen.completeExceptionally(e);
                }
            });
            try (var client = (SSLSocket) ClassroomKeys.trusting().getSocketFactory()
                    .createSocket(host, listener.getLocalPort())) {
                if (sni != null) {
                    var parameters = client.getSSLParameters();
                    parameters.setServerNames(List.of(new SNIHostName(sni)));
                    client.setSSLParameters(parameters);
                }
                client.setSoTimeout(10_000);
                try {
                    client.startHandshake();
                } catch (IOException closedByTheServer) {
                    // the server's side failed first: its failure says more than ours
                }
                try {
                    return seen.get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // What requestedName threw, as if the test had called it itself.
                    if (e.getCause() instanceof RuntimeException thrown) {
                        throw thrown;
                    }
                    throw e;
                }
            }
        }
    }

    @Test
    void reads_the_name_the_client_asked_for() throws Exception {
        assertEquals("localhost", nameSeenByTheServer("127.0.0.1", "localhost"),
                "the client put localhost in its ClientHello's server_name extension");
    }

    @Test
    void reads_any_name_even_one_the_certificate_is_not_for() throws Exception {
        assertEquals("www.example.org", nameSeenByTheServer("127.0.0.1", "www.example.org"),
                "SNI is what the client asks for, before any certificate is shown");
    }

    @Test
    void says_none_when_the_client_sent_no_name() throws Exception {
        assertEquals("(none)", nameSeenByTheServer("127.0.0.1", null),
                "a client that connects to an IP address sends no server_name");
    }

    @Test
    void says_none_when_the_client_named_localhost_without_asking_for_it() throws Exception {
        assertEquals("(none)", nameSeenByTheServer("localhost", null),
                "the JDK sends SNI by itself only for a name with a dot: 'localhost' has none");
    }
}

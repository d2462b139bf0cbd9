package sockets.ch03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.Peer;

@Timeout(20)
class HelloClientTest {

    @Test
    void a_refused_connect_is_one_sentence_on_stderr() throws IOException {
        int freePort;
        try (var probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            freePort = probe.getLocalPort();
        }
        // The port was free a moment ago; nothing listens on it now, so the kernel answers RST.
        var result = JavaProgram.run(HelloClient.class, "--port", String.valueOf(freePort));
        result.assertUserError();
        assertTrue(result.stderr().contains("connection refused"), result::toString);
    }

    @Test
    void the_client_sends_its_line_and_ends_when_the_server_closes() throws IOException {
        try (var listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
            try (var client = JavaProgram.start(HelloClient.class, "--port", String.valueOf(listener.getLocalPort()));
                 var accepted = Peer.of(listener.accept())) {
                assertEquals("hello from 127.0.0.1:" + accepted.socket().getPort(), accepted.readLine());
                accepted.close();
                var result = client.awaitExit(JavaProgram.RUN_LIMIT);
                assertEquals(0, result.exitCode(), result::toString);
                assertTrue(result.stdout().contains("the server accepted the connection and closed it"), result::toString);
            }
        }
    }
}

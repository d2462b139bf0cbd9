package sockets.ch13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a client sees when the loop stops: its connection ends, and ends for good. */
@Timeout(20)
class StopTest {

    /** A connected client that has had one echo: the loop has registered it. */
    private static Socket servedClient(LoopUnderTest server) throws IOException {
        var client = new Socket();
        client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
        // Less than the idle limit of a minute: an end of stream within it came from the stop.
        client.setSoTimeout(5000);
        client.getOutputStream().write("hello\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("hello\n", new String(client.getInputStream().readNBytes(6), StandardCharsets.UTF_8));
        return client;
    }

    /** The loop with a minute of patience: nothing but the stop ends a connection here. */
    private static LoopUnderTest patientLoop() throws IOException {
        return LoopUnderTest.start(LoopUnderTest.PATIENT);
    }

    @Test
    void when_the_loop_stops_every_client_reads_end_of_stream() throws Exception {
        try (var server = patientLoop(); var first = servedClient(server); var second = servedClient(server)) {
            server.close();
            assertEquals(-1, first.getInputStream().read(), "the server's FIN, sent when its loop stopped");
            assertEquals(-1, second.getInputStream().read(), "the server's FIN, to every client");
        }
    }

    @Test
    void after_the_stop_the_servers_socket_is_closed_and_answers_with_a_reset() throws Exception {
        try (var server = patientLoop(); var client = servedClient(server)) {
            server.close();
            assertEquals(-1, client.getInputStream().read(), "the server's FIN");
            // A socket only shut down (its descriptor still open, say in a selector that was
            // never closed) takes more bytes in silence. A closed one answers the first write
            // with a RST, and the writes after it fail (EPIPE, "Broken pipe").
            var out = client.getOutputStream();
            assertThrows(SocketException.class, () -> {
                for (int i = 0; i < 100; i++) {
                    out.write("anyone?\n".getBytes(StandardCharsets.UTF_8));
                }
            }, "the server's RST, for bytes sent to a socket it has closed");
        }
    }
}

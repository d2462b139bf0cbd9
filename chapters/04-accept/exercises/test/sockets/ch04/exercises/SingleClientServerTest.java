package sockets.ch04.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;

@Timeout(10)
class SingleClientServerTest {

    private ServerSocket listener;
    private Peer client;

    @BeforeEach
    void connect() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        // The handshake completes in the accept queue, so serveOne can run on this thread.
        client = Peer.connect(listener.getLocalPort());
    }

    @AfterEach
    void close() throws IOException {
        client.close();
        listener.close();
    }

    @Test
    void greets_the_client_with_the_address_and_port_the_server_sees_for_it() throws IOException {
        SingleClientServer.serveOne(listener);
        assertEquals("hello 127.0.0.1:" + client.socket().getLocalPort(), client.readLine(),
                "the greeting names the accepted socket's remote end, which is the client's local end");
    }

    @Test
    void the_greeting_is_a_whole_line() throws IOException {
        SingleClientServer.serveOne(listener);
        // Read to the end, not with readLine(): at end of stream that returns a line without its newline.
        var sent = client.readToEnd();
        assertTrue(sent.endsWith("\n"), "the greeting ends with a newline ('\\n'): without it a client that reads a"
                + " line waits for the rest until its timeout; your code sent '" + sent + "'");
    }

    @Test
    void closes_the_connection_after_the_greeting() throws IOException {
        SingleClientServer.serveOne(listener);
        client.readLine();
        assertTrue(client.isAtEndOfStream(), "after the greeting the client reads end of stream (the server's FIN)");
    }

    @Test
    void leaves_the_listener_open_for_the_next_client() throws IOException {
        SingleClientServer.serveOne(listener);
        assertFalse(listener.isClosed(), "close the accepted socket, not the listening one");
        try (var next = Peer.connect(listener.getLocalPort())) {
            SingleClientServer.serveOne(listener);
            assertEquals("hello 127.0.0.1:" + next.socket().getLocalPort(), next.readLine(), "the second client");
        }
    }
}

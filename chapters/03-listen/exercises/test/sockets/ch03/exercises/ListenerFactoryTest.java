package sockets.ch03.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ListenerFactoryTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void the_listener_is_bound_to_the_address_given() throws IOException {
        try (var listener = ListenerFactory.listen(LOOPBACK, 5)) {
            assertTrue(listener.isBound(), "the ServerSocket is bound (bind and listen were called)");
            assertEquals(LOOPBACK, listener.getInetAddress(), "the listener's address");
        }
    }

    @Test
    void the_kernel_picks_the_port() throws IOException {
        try (var listener = ListenerFactory.listen(LOOPBACK, 5)) {
            assertNotEquals(0, listener.getLocalPort(), "bound to port 0, the listener has a port the kernel chose");
        }
    }

    @Test
    void clients_can_connect_before_anything_is_accepted() throws IOException {
        try (var listener = ListenerFactory.listen(LOOPBACK, 2); var client = new Socket()) {
            client.connect(listener.getLocalSocketAddress(), 2_000);
            assertTrue(client.isConnected(), "the kernel completed the handshake: the socket listens");
        }
    }

    @Test
    void the_accept_queue_has_the_backlog_asked_for() throws IOException {
        // With backlog 1 the queue is full after a connection or two (two on Linux): the next
        // connect times out (its SYN is dropped) or, on Windows, is refused (a RST).
        // With java.net's 50, ten connects all complete.
        var clients = new ArrayList<Socket>();
        try (var listener = ListenerFactory.listen(LOOPBACK, 1)) {
            for (int i = 0; i < 10; i++) {
                var client = new Socket();
                clients.add(client);
                try {
                    client.connect(listener.getLocalSocketAddress(), 500);
                } catch (SocketTimeoutException | ConnectException queueFull) {
                    return;
                }
            }
            fail("with backlog 1, ten connects completed without an accept: was the backlog passed"
                    + " to bind(address, backlog)?");
        } finally {
            for (var client : clients) {
                client.close();
            }
        }
    }

    @Test
    void a_backlog_below_one_is_refused_rather_than_turned_into_fifty() {
        assertThrows(IllegalArgumentException.class, () -> ListenerFactory.listen(LOOPBACK, 0).close(),
                "listen(address, 0) must throw IllegalArgumentException: java.net would quietly use 50");
    }
}

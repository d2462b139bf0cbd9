package sockets.ch03.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
        try (var listener = ListenerFactory.listen(LOOPBACK, 1);
             var first = new Socket(); var second = new Socket(); var third = new Socket()) {
            first.connect(listener.getLocalSocketAddress(), 2_000);
            second.connect(listener.getLocalSocketAddress(), 2_000);
            assertThrows(SocketTimeoutException.class, () -> third.connect(listener.getLocalSocketAddress(), 500),
                    "with backlog 1 Linux queues two connections; a third connect should time out, "
                            + "but it completed: was the backlog passed to bind(address, backlog)?");
        }
    }

    @Test
    void a_backlog_below_one_is_refused_rather_than_turned_into_fifty() {
        assertThrows(IllegalArgumentException.class, () -> ListenerFactory.listen(LOOPBACK, 0).close(),
                "listen(address, 0) must throw IllegalArgumentException: java.net would quietly use 50");
    }
}

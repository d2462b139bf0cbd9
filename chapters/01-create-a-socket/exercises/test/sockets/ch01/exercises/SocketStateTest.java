package sockets.ch01.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SocketStateTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT =
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void a_new_socket_is_unbound() throws IOException {
        try (var socket = new Socket()) {
            assertEquals(SocketState.UNBOUND, SocketState.of(socket), "new Socket() has no address yet");
        }
    }

    @Test
    void a_socket_with_a_local_address_is_bound() throws IOException {
        try (var socket = new Socket()) {
            socket.bind(ANY_LOOPBACK_PORT);
            assertEquals(SocketState.BOUND, SocketState.of(socket), "after bind(127.0.0.1:0)");
        }
    }

    @Test
    void a_socket_that_completed_the_handshake_is_connected() throws IOException {
        try (var listener = new ServerSocket(); var socket = new Socket()) {
            listener.bind(ANY_LOOPBACK_PORT);
            // The kernel completes the handshake from the backlog: nobody needs to accept().
            socket.connect(listener.getLocalSocketAddress(), 5_000);
            assertEquals(SocketState.CONNECTED, SocketState.of(socket), "after connect()");
        }
    }

    @Test
    void a_connected_socket_that_was_closed_is_closed() throws IOException {
        try (var listener = new ServerSocket()) {
            listener.bind(ANY_LOOPBACK_PORT);
            var socket = new Socket();
            socket.connect(listener.getLocalSocketAddress(), 5_000);
            socket.close();
            assertEquals(SocketState.CLOSED, SocketState.of(socket),
                    "after close(), even though isConnected() still answers true");
        }
    }

    @Test
    void a_socket_closed_before_it_was_bound_is_closed() throws IOException {
        var socket = new Socket();
        socket.close();
        assertEquals(SocketState.CLOSED, SocketState.of(socket), "new Socket() then close()");
    }
}

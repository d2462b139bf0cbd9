package sockets.ch01.exercises;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardSocketOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TunedSocketTest {

    private static final int WANTED_RECEIVE_BUFFER = 256 * 1024;

    @Test
    void nagles_algorithm_is_off() throws IOException {
        try (var socket = TunedSocket.create(WANTED_RECEIVE_BUFFER)) {
            assertTrue(socket.getOption(StandardSocketOptions.TCP_NODELAY), "TCP_NODELAY is true");
        }
    }

    @Test
    void keep_alive_probes_are_on() throws IOException {
        try (var socket = TunedSocket.create(WANTED_RECEIVE_BUFFER)) {
            assertTrue(socket.getOption(StandardSocketOptions.SO_KEEPALIVE), "SO_KEEPALIVE is true");
        }
    }

    @Test
    void the_receive_buffer_is_at_least_what_was_asked() throws IOException {
        try (var socket = TunedSocket.create(WANTED_RECEIVE_BUFFER)) {
            // Linux doubles the value it is given (to leave room for its own bookkeeping).
            int size = socket.getOption(StandardSocketOptions.SO_RCVBUF);
            assertTrue(size >= WANTED_RECEIVE_BUFFER, "SO_RCVBUF is " + size + ", asked for " + WANTED_RECEIVE_BUFFER);
        }
    }

    @Test
    void the_socket_is_neither_bound_nor_connected() throws IOException {
        try (var socket = TunedSocket.create(WANTED_RECEIVE_BUFFER)) {
            assertFalse(socket.isBound(), "options are set before bind and connect, not after");
            assertFalse(socket.isConnected(), "the caller connects it");
        }
    }
}

package sockets.ch02.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every port used here is one the kernel handed out for port 0: the tests take no fixed port. */
@Timeout(10)
class FreePortTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void a_port_in_use_is_skipped() throws IOException {
        var held = holdThreePorts();
        try {
            int first = held.getFirst().getLocalPort();
            int last = held.getLast().getLocalPort();
            assumeTrue(last - first > 2, "the kernel handed out three neighbouring ports");
            try (var listener = FreePort.bindFirstFree(LOOPBACK, first, last)) {
                int port = listener.getLocalPort();
                assertTrue(port > first && port < last,
                        "bound port " + port + ": inside " + first + "-" + last + ", and " + first + " is in use");
                assertTrue(held.stream().noneMatch(h -> h.getLocalPort() == port),
                        "bound port " + port + ", which another socket of the test holds");
            }
        } finally {
            for (var socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void a_range_with_every_port_in_use_is_a_bind_exception_that_names_it() throws IOException {
        try (var held = listenerOnAnyPort()) {
            int port = held.getLocalPort();
            var refused = assertThrows(BindException.class, () -> FreePort.bindFirstFree(LOOPBACK, port, port),
                    "the only port of the range, " + port + ", is in use");
            assertTrue(refused.getMessage().contains(String.valueOf(port)),
                    "the message names the range: " + refused.getMessage());
        }
    }

    @Test
    void the_listener_is_bound_to_the_address_asked_for_and_accepts_connections() throws IOException {
        var held = holdThreePorts();
        int first = held.getFirst().getLocalPort();
        int last = held.getLast().getLocalPort();
        for (var socket : held) {
            socket.close();
        }
        try (var listener = FreePort.bindFirstFree(LOOPBACK, first, last); var client = new Socket()) {
            assertEquals(LOOPBACK, listener.getInetAddress(), "bound to the address asked for");
            client.connect(listener.getLocalSocketAddress(), 5_000);
            assertTrue(client.isConnected(), "a client can connect: the listener listens");
        }
    }

    @Test
    void a_range_outside_1_to_65535_or_upside_down_is_an_illegal_argument() {
        assertThrows(IllegalArgumentException.class, () -> FreePort.bindFirstFree(LOOPBACK, 50_000, 40_000),
                "from 50000 to 40000 is upside down");
        assertThrows(IllegalArgumentException.class, () -> FreePort.bindFirstFree(LOOPBACK, 0, 10),
                "port 0 means any port, it is not part of a range");
        assertThrows(IllegalArgumentException.class, () -> FreePort.bindFirstFree(LOOPBACK, 65_000, 70_000),
                "70000 is not a port");
    }

    private static List<ServerSocket> holdThreePorts() throws IOException {
        var held = new ArrayList<ServerSocket>();
        for (int i = 0; i < 3; i++) {
            held.add(listenerOnAnyPort());
        }
        held.sort(Comparator.comparingInt(ServerSocket::getLocalPort));
        return held;
    }

    private static ServerSocket listenerOnAnyPort() throws IOException {
        var listener = new ServerSocket();
        listener.bind(new InetSocketAddress(LOOPBACK, 0));
        return listener;
    }
}

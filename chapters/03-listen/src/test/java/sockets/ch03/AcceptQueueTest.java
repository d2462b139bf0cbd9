package sockets.ch03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;
import sockets.testkit.Platform;

/**
 * What the kernel does with a listening socket that nobody accepts from: the facts the demo
 * shows, one per test. Each test has its own listener on 127.0.0.1 port 0.
 */
@Timeout(10)
class AcceptQueueTest {

    // A full queue stalls a connect until its timeout: short, so that the suite stays quick.
    private static final int SHORT_CONNECT_TIMEOUT = 500;

    private final List<Socket> clients = new ArrayList<>();

    @AfterEach
    void closeClients() throws IOException {
        for (var client : clients) {
            client.close();
        }
    }

    @Test
    void connects_complete_before_anyone_calls_accept() throws IOException {
        try (var listener = listen(2)) {
            var first = connect(listener);
            var second = connect(listener);
            assertTrue(first.isConnected() && second.isConnected(),
                    "both connects returned although accept() was never called");
        }
    }

    @Test
    void a_connect_to_a_full_queue_times_out_instead_of_being_refused() throws IOException {
        Platform.requireLinux("expects a full queue to drop the SYN as Linux does (Windows answers with a reset)");
        try (var listener = listen(1)) {
            connect(listener);
            connect(listener);
            long start = System.nanoTime();
            var stalled = assertThrows(SocketTimeoutException.class, () -> connect(listener),
                    "with backlog 1 and two connections queued, the third connect's SYN is dropped");
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("Connect timed out", stalled.getMessage());
            assertTrue(waitedMillis >= SHORT_CONNECT_TIMEOUT - 50 && waitedMillis < 5_000,
                    "the connect stalled for its whole timeout, not failed at once: " + waitedMillis + " ms");
        }
    }

    @Test
    void the_bytes_a_client_sent_while_queued_are_read_after_accept() throws IOException {
        try (var listener = listen(2)) {
            var client = connect(listener);
            client.getOutputStream().write("sent before accept\n".getBytes());
            try (var connection = listener.accept()) {
                assertEquals("\"sent before accept\"", FirstLine.describe(connection),
                        "the kernel kept the bytes in the queued connection's receive buffer");
            }
        }
    }

    @Test
    void accept_takes_the_queued_connections_in_the_order_they_connected() throws IOException {
        try (var listener = listen(3)) {
            var ports = new ArrayList<Integer>();
            for (int i = 0; i < 3; i++) {
                ports.add(connect(listener).getLocalPort());
            }
            for (var port : ports) {
                try (var connection = listener.accept()) {
                    assertEquals(port, connection.getPort(), "accept() returns the oldest queued connection");
                }
            }
        }
    }

    @Test
    void accept_makes_room_for_one_more_connect() throws IOException {
        Platform.requireLinux(BacklogDemoTest.LINUX_BACKLOG);
        try (var listener = listen(1)) {
            connect(listener);
            connect(listener);
            listener.accept().close();
            assertTrue(connect(listener).isConnected(), "one accept() freed one place in the queue");
        }
    }

    @Test
    void a_client_that_closed_while_queued_is_still_accepted_and_reads_as_ended() throws IOException {
        try (var listener = listen(1)) {
            connect(listener).close();
            try (var connection = listener.accept()) {
                assertEquals("nothing: it closed the connection", FirstLine.describe(connection),
                        "the closed client kept its place in the queue; its FIN waits there as end of stream");
            }
        }
    }

    @Test
    void closing_the_listener_resets_the_connections_still_queued() throws IOException {
        var listener = listen(2);
        try (var peer = Peer.of(connect(listener))) {
            listener.close();
            var reset = assertThrows(java.io.UncheckedIOException.class, peer::readLine,
                    "a queued connection whose listener closes is aborted with RST");
            assertTrue(reset.getCause() instanceof SocketException, reset::toString);
            assertTrue(reset.getCause().getMessage().contains("reset"), reset::toString);
        }
    }

    private static ServerSocket listen(int backlog) throws IOException {
        var listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
        return listener;
    }

    private Socket connect(ServerSocket listener) throws IOException {
        var client = new Socket();
        clients.add(client);
        client.connect(listener.getLocalSocketAddress(), SHORT_CONNECT_TIMEOUT);
        return client;
    }
}

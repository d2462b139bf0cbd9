package sockets.ch03.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Platform;

@Timeout(10)
class AcceptQueueTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);

    /** Why the exact counts are checked on Linux only. */
    private static final String LINUX_COUNTS = "expects Linux's count, backlog + 1 (macOS queues the backlog"
            + " itself, and Windows has its own limits)";

    @Test
    void the_count_is_the_number_of_connections_waiting_to_be_accepted() throws IOException {
        try (var listener = listen(3)) {
            int queued = AcceptQueue.fill(listener, CONNECT_TIMEOUT);
            assertTrue(queued >= 1, "with backlog 3 at least one connect completes, counted " + queued);
            listener.setSoTimeout(1_000);
            for (int i = 0; i < queued; i++) {
                nextQueued(listener, queued, i).close();
            }
            listener.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, listener::accept,
                    "fill counted " + queued + " connections, and the queue holds one more: count every connect that completed");
        }
    }

    @Test
    void a_backlog_of_one_queues_two_connections_on_linux() throws IOException {
        Platform.requireLinux(LINUX_COUNTS);
        try (var listener = listen(1)) {
            assertEquals(2, AcceptQueue.fill(listener, CONNECT_TIMEOUT),
                    "connects that completed before one timed out, with backlog 1 (Linux queues backlog + 1)");
        }
    }

    @Test
    void a_backlog_of_four_queues_five_connections_on_linux() throws IOException {
        Platform.requireLinux(LINUX_COUNTS);
        try (var listener = listen(4)) {
            assertEquals(5, AcceptQueue.fill(listener, CONNECT_TIMEOUT),
                    "connects that completed before one timed out, with backlog 4 (Linux queues backlog + 1)");
        }
    }

    @Test
    void the_measurement_ends_soon_after_one_connect_times_out() throws IOException {
        try (var listener = listen(2)) {
            long start = System.nanoTime();
            AcceptQueue.fill(listener, CONNECT_TIMEOUT);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 3_000, "fill should stop at the first connect that times out (300 ms), took "
                    + millis + " ms");
        }
    }

    @Test
    void every_client_is_closed_when_fill_returns() throws IOException {
        try (var listener = listen(2)) {
            int queued = AcceptQueue.fill(listener, CONNECT_TIMEOUT);
            listener.setSoTimeout(1_000);
            for (int i = 0; i < queued; i++) {
                try (var connection = nextQueued(listener, queued, i)) {
                    // A closed client's FIN is already queued with its connection: no wait is needed.
                    connection.setSoTimeout(1_000);
                    try {
                        assertEquals(-1, connection.getInputStream().read(),
                                "queued connection " + (i + 1) + " should read end of stream: its client was closed");
                    } catch (SocketTimeoutException noFin) {
                        fail("queued connection " + (i + 1) + " read no end of stream: its client is still open;"
                                + " close every client before fill returns (its FIN waits in the queue)");
                    }
                }
            }
        }
    }

    @Test
    void no_client_is_left_connected_when_fill_returns_on_linux() throws IOException {
        Platform.requireLinux("reads the kernel's socket table, /proc/net/tcp, which only Linux has");
        try (var listener = listen(2)) {
            int queued = AcceptQueue.fill(listener, CONNECT_TIMEOUT);
            // Read right as fill returns: a socket left open is closed only when the garbage
            // collector finds it, seconds later or a moment later. close(2) moves the client's
            // end out of ESTABLISHED before it returns (to FIN-WAIT-1, its FIN sent).
            long connected = clientsStillConnectedTo(listener.getLocalPort());
            assertEquals(0, connected, "fill made " + (queued + 1) + " clients and left " + connected
                    + " of them connected: close every client before fill returns");
        }
    }

    /** The client ends, in the kernel's table, of connections to the port that are ESTABLISHED (01). */
    private static long clientsStillConnectedTo(int port) throws IOException {
        long count = 0;
        for (var table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            if (Files.exists(Path.of(table))) {
                // "sl local_address rem_address st ...": rem_address ends in :PORT, in hex.
                count += Files.readAllLines(Path.of(table)).stream().skip(1)
                        .map(line -> line.strip().split("\\s+"))
                        .filter(row -> row[2].endsWith(String.format(":%04X", port)) && row[3].equals("01"))
                        .count();
            }
        }
        return count;
    }

    /** The i-th connection fill counted, waiting in the queue; there is none if fill counted too many. */
    private static Socket nextQueued(ServerSocket listener, int queued, int i) throws IOException {
        try {
            return listener.accept();
        } catch (SocketTimeoutException none) {
            return fail("fill counted " + queued + " connections, but only " + i + " were waiting in the queue:"
                    + " count the connects that completed, not the one that timed out");
        }
    }

    private static ServerSocket listen(int backlog) throws IOException {
        var listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
        return listener;
    }
}

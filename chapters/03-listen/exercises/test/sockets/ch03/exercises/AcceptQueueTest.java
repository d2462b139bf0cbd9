package sockets.ch03.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class AcceptQueueTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);

    @Test
    void a_backlog_of_one_queues_two_connections() throws IOException {
        try (var listener = listen(1)) {
            assertEquals(2, AcceptQueue.fill(listener, CONNECT_TIMEOUT),
                    "connects that completed before one timed out, with backlog 1 (Linux queues backlog + 1)");
        }
    }

    @Test
    void a_backlog_of_four_queues_five_connections() throws IOException {
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
            listener.setSoTimeout(2_000);
            for (int i = 0; i < queued; i++) {
                try (var connection = listener.accept()) {
                    connection.setSoTimeout(2_000);
                    assertEquals(-1, connection.getInputStream().read(),
                            "queued connection " + (i + 1) + " should read end of stream: its client was closed");
                }
            }
        }
    }

    private static ServerSocket listen(int backlog) throws IOException {
        var listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
        return listener;
    }
}

package sockets.ch05.exercises;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;
import sockets.testkit.Platform;

// Its 300 ms timeouts are measured: no other test of the chapter runs beside it (the runner
// runs a chapter's exercise tests at once, so that a wrong answer's waits overlap).
@Isolated
@Timeout(10)
class TimedConnectTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    /** Fills a backlog-1 listener's accept queue with the test's own connects. */
    private static List<Socket> fill(ServerSocket listener) throws IOException {
        Platform.requirePosix("times out a connect on a full accept queue; Windows refuses it at once instead");
        var waiting = new ArrayList<Socket>();
        for (int i = 0; i < 8; i++) {
            var socket = new Socket();
            waiting.add(socket);
            try {
                socket.connect(listener.getLocalSocketAddress(), 300);
            } catch (SocketTimeoutException queueIsFull) {
                return waiting;
            }
        }
        throw new IllegalStateException("the accept queue never filled");
    }

    private static void closeAll(List<Socket> sockets) throws IOException {
        for (var socket : sockets) {
            socket.close();
        }
    }

    /**
     * Connects with a timeout of 300 ms to a listener whose queue is full; a connect without one
     * would wait through the kernel's SYN retries, minutes, so the test gives up after 3 s.
     */
    private static SocketTimeoutException timedConnectToAFullQueue(ServerSocket listener, String expected) {
        return assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThrows(SocketTimeoutException.class,
                () -> TimedConnect.connect(listener.getLocalSocketAddress(), TIMEOUT).close(), expected),
                "the listener's kernel drops our SYN, so only the timeout ends the wait: give connect() one");
    }

    @Test
    void returns_a_socket_connected_to_a_listening_server() throws IOException {
        try (var listener = new ServerSocket(0, 50, LOOPBACK);
             var socket = TimedConnect.connect(listener.getLocalSocketAddress(), TIMEOUT)) {
            assertTrue(socket.isConnected(), "the socket you return must have completed the handshake");
            assertTrue(socket.getPort() == listener.getLocalPort(), "connected to the listener's port");
        }
    }

    @Test
    void a_port_where_nothing_listens_is_a_ConnectException() throws IOException {
        int closedPort;
        try (var probe = new ServerSocket(0, 1, LOOPBACK)) {
            closedPort = probe.getLocalPort();
        }
        assertThrows(ConnectException.class,
                () -> TimedConnect.connect(new InetSocketAddress(LOOPBACK, closedPort), TIMEOUT).close(),
                "nothing listens there: the kernel answers the SYN with RST (ECONNREFUSED)");
    }

    @Test
    void a_full_accept_queue_is_a_SocketTimeoutException_after_the_timeout() throws IOException {
        try (var listener = new ServerSocket(0, 1, LOOPBACK)) {
            var waiting = fill(listener);
            try {
                long start = System.nanoTime();
                timedConnectToAFullQueue(listener, "the listener's kernel drops our SYN, so only the timeout ends the wait");
                var waited = Duration.ofNanos(System.nanoTime() - start);
                assertTrue(waited.compareTo(TIMEOUT) >= 0 && waited.compareTo(Duration.ofSeconds(3)) < 0,
                        "waited " + waited.toMillis() + " ms for a timeout of " + TIMEOUT.toMillis() + " ms");
            } finally {
                closeAll(waiting);
            }
        }
    }

    @Test
    void the_timeout_message_names_the_server_and_the_time() throws IOException {
        try (var listener = new ServerSocket(0, 1, LOOPBACK)) {
            var waiting = fill(listener);
            try {
                var failure = timedConnectToAFullQueue(listener, "a SocketTimeoutException");
                var message = String.valueOf(failure.getMessage());
                assertTrue(message.contains(String.valueOf(listener.getLocalPort())) && message.contains("300 ms"),
                        "the message should name the server's port " + listener.getLocalPort()
                                + " and '300 ms', but is: " + message);
            } finally {
                closeAll(waiting);
            }
        }
    }

    @Test
    void a_zero_timeout_is_refused_because_java_would_wait_forever() throws IOException {
        try (var listener = new ServerSocket(0, 50, LOOPBACK)) {
            assertThrows(IllegalArgumentException.class,
                    () -> TimedConnect.connect(listener.getLocalSocketAddress(), Duration.ZERO).close(),
                    "connect(address, 0) means no timeout at all in Java: refuse Duration.ZERO");
        }
    }
}

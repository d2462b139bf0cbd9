package sockets.ch11.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;
import sockets.testkit.OwnThread;

// Its 300 ms timeouts are measured: no other test of the chapter runs beside it (the runner
// runs a chapter's exercise tests at once, so that a wrong answer's waits overlap).
@Isolated
@Timeout(10)
class RetryingClientTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT =
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The sequence number a datagram starts with, as the test server reads it: 4 bytes, big-endian. */
    private static int numberOf(byte[] datagram) {
        return ByteBuffer.wrap(datagram).getInt();
    }

    /**
     * A server that answers each request with its 4-byte number, "re:" and its payload. It can
     * ignore the first {@code ignored} datagrams, as if their replies were lost, or hold the
     * first one back and answer it late, after the client sent it again. It keeps every
     * datagram it received.
     */
    private record NumberedServer(DatagramSocket socket, List<byte[]> received, Semaphore arrivals)
            implements AutoCloseable {

        static NumberedServer ignoringFirst(int ignored) throws IOException {
            return start(ignored, false);
        }

        /** Answers the first datagram only once the second has come, then both, in order. */
        static NumberedServer answeringTheFirstLate() throws IOException {
            return start(0, true);
        }

        private static NumberedServer start(int ignored, boolean firstLate) throws IOException {
            var server = new NumberedServer(new DatagramSocket(ANY_LOOPBACK_PORT), new CopyOnWriteArrayList<>(),
                    new Semaphore(0));
            OwnThread.run("numbered server", () -> {
                try {
                    DatagramPacket held = null;
                    while (true) {
                        var packet = new DatagramPacket(new byte[1024], 1024);
                        server.socket.receive(packet);
                        server.received.add(Arrays.copyOf(packet.getData(), packet.getLength()));
                        server.arrivals.release();
                        int n = server.received.size();
                        if (n <= ignored) {
                            continue;
                        }
                        if (firstLate && n == 1) {
                            held = packet;
                            continue;
                        }
                        if (held != null) {
                            server.answer(held);
                            held = null;
                        }
                        server.answer(packet);
                    }
                } catch (IOException closedByTheTest) {
                    // close() ends receive()
                }
            });
            return server;
        }

        private void answer(DatagramPacket request) throws IOException {
            var reply = ByteBuffer.allocate(request.getLength() + 3)
                    .put(request.getData(), 0, 4)
                    .put(bytes("re:"))
                    .put(request.getData(), 4, request.getLength() - 4)
                    .array();
            socket.send(new DatagramPacket(reply, reply.length, request.getSocketAddress()));
        }

        SocketAddress address() {
            return socket.getLocalSocketAddress();
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    private static DatagramSocket client() throws IOException {
        return new DatagramSocket(ANY_LOOPBACK_PORT);
    }

    @Test
    void the_request_is_its_number_in_four_bytes_high_byte_first_then_the_payload() throws IOException {
        try (var server = NumberedServer.ignoringFirst(0); var socket = client()) {
            RetryingClient.request(socket, server.address(), 258, bytes("ping"), TIMEOUT, 3);
            assertEquals("00 00 01 02 70 69 6e 67", HexFormat.ofDelimiter(" ").formatHex(server.received().get(0)),
                    "258 is 0x00000102, then 'ping'");
        }
    }

    @Test
    void the_payload_of_the_reply_is_returned() throws IOException {
        try (var server = NumberedServer.ignoringFirst(0); var socket = client()) {
            assertArrayEquals(bytes("re:ping"),
                    RetryingClient.request(socket, server.address(), 1, bytes("ping"), TIMEOUT, 3),
                    "the payload after the number, the reply's getLength() bytes, not the whole buffer");
            assertEquals(1, server.received().size(), "one request is enough when its reply comes");
        }
    }

    @Test
    void a_lost_reply_is_made_good_by_sending_the_same_request_again() throws IOException {
        try (var server = NumberedServer.ignoringFirst(2); var socket = client()) {
            var reply = RetryingClient.request(socket, server.address(), 7, bytes("ping"), TIMEOUT, 3);
            assertArrayEquals(bytes("re:ping"), reply, "the third try is answered");
            assertEquals(3, server.received().size(), "two timeouts, so three datagrams sent");
            for (var sent : server.received()) {
                assertEquals(7, numberOf(sent), "every try of one request carries its number");
            }
        }
    }

    @Test
    void a_late_reply_to_an_earlier_request_is_not_the_answer_to_the_next() throws IOException {
        try (var server = NumberedServer.answeringTheFirstLate(); var socket = client()) {
            var first = RetryingClient.request(socket, server.address(), 1, bytes("one"), TIMEOUT, 3);
            assertArrayEquals(bytes("re:one"), first, "the late answer to the first try answers request 1");
            // The server answered both tries of request 1: its second "re:one" waits in our
            // receive buffer, and comes before the answer to request 2.
            var second = RetryingClient.request(socket, server.address(), 2, bytes("two"), TIMEOUT, 3);
            assertEquals("re:two", new String(second, StandardCharsets.UTF_8),
                    "the second reply to request 1, arriving late and"
                    + " queued, is not the answer to request 2: match each reply's number to the request's");
        }
    }

    @Test
    void after_every_try_times_out_it_throws_socket_timeout_exception() throws Exception {
        try (var server = NumberedServer.ignoringFirst(Integer.MAX_VALUE); var socket = client()) {
            assertThrows(SocketTimeoutException.class,
                    () -> RetryingClient.request(socket, server.address(), 1, bytes("ping"), TIMEOUT, 2),
                    "no reply to any of the 3 tries");
            // The server may still be reading the last try: wait for its arrival.
            server.arrivals().tryAcquire(3, 2, TimeUnit.SECONDS);
            assertEquals(3, server.received().size(), "retries 2 means 1 try and 2 more, not " + server.received().size());
        }
    }

    @Test
    void a_datagram_from_another_address_is_not_the_reply() throws IOException {
        try (var server = NumberedServer.ignoringFirst(1); var stranger = new DatagramSocket(ANY_LOOPBACK_PORT);
             var socket = client()) {
            // A forgery that even carries the right number: it comes from the wrong address.
            var forged = ByteBuffer.allocate(10).putInt(1).put(bytes("forged")).array();
            stranger.send(new DatagramPacket(forged, forged.length, socket.getLocalSocketAddress()));
            var reply = RetryingClient.request(socket, server.address(), 1, bytes("ping"), TIMEOUT, 3);
            assertArrayEquals(bytes("re:ping"), reply, "not the stranger's 'forged': a datagram from"
                    + " another address than the server's is no reply, whatever it carries");
            assertEquals(2, server.received().size(),
                    "the stranger's datagram came first; the reply is the server's, after a second try");
        }
    }

    @Test
    void the_socket_stays_unconnected() throws IOException {
        try (var server = NumberedServer.ignoringFirst(0); var socket = client()) {
            RetryingClient.request(socket, server.address(), 1, bytes("ping"), TIMEOUT, 0);
            assertFalse(socket.isConnected(), "the caller's socket may talk to other servers next");
        }
    }
}

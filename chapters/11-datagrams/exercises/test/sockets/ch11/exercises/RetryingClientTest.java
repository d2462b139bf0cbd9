package sockets.ch11.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RetryingClientTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT =
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    /**
     * A server that answers "re:" and the request, but ignores the first {@code ignored}
     * datagrams, as if their replies were lost; it counts what it received.
     */
    private record LossyServer(DatagramSocket socket, AtomicInteger received, Semaphore arrivals)
            implements AutoCloseable {

        static LossyServer ignoringFirst(int ignored) throws IOException {
            var server = new LossyServer(new DatagramSocket(ANY_LOOPBACK_PORT), new AtomicInteger(),
                    new Semaphore(0));
            CompletableFuture.runAsync(() -> {
                try {
                    while (true) {
                        var packet = new DatagramPacket(new byte[1024], 1024);
                        server.socket.receive(packet);
                        server.arrivals.release();
                        if (server.received.incrementAndGet() > ignored) {
                            var reply = ("re:" + new String(packet.getData(), 0, packet.getLength())).getBytes();
                            server.socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                        }
                    }
                } catch (IOException closedByTheTest) {
                    // close() ends receive()
                }
            });
            return server;
        }

        InetSocketAddress address() {
            return (InetSocketAddress) socket.getLocalSocketAddress();
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
    void the_first_reply_is_returned() throws IOException {
        try (var server = LossyServer.ignoringFirst(0); var socket = client()) {
            assertArrayEquals("re:ping".getBytes(),
                    RetryingClient.request(socket, server.address(), "ping".getBytes(), TIMEOUT, 3),
                    "the reply's getLength() bytes, not the whole receive buffer");
            assertEquals(1, server.received().get(), "one request is enough when its reply comes");
        }
    }

    @Test
    void a_lost_reply_is_made_good_by_sending_again() throws IOException {
        try (var server = LossyServer.ignoringFirst(2); var socket = client()) {
            var reply = RetryingClient.request(socket, server.address(), "ping".getBytes(), TIMEOUT, 3);
            assertArrayEquals("re:ping".getBytes(), reply, "the third try is answered");
            assertEquals(3, server.received().get(), "two timeouts, so three datagrams sent");
        }
    }

    @Test
    void after_every_try_times_out_it_throws_socket_timeout_exception() throws Exception {
        try (var server = LossyServer.ignoringFirst(Integer.MAX_VALUE); var socket = client()) {
            assertThrows(SocketTimeoutException.class,
                    () -> RetryingClient.request(socket, server.address(), "ping".getBytes(), TIMEOUT, 2),
                    "no reply to any of the 3 tries");
            // The server may still be reading the last try: wait for its arrival.
            server.arrivals().tryAcquire(3, 2, TimeUnit.SECONDS);
            assertEquals(3, server.received().get(), "retries 2 means 1 try and 2 more, not " + server.received());
        }
    }

    @Test
    void a_datagram_from_another_address_is_not_the_reply() throws IOException {
        try (var server = LossyServer.ignoringFirst(1); var stranger = new DatagramSocket(ANY_LOOPBACK_PORT);
             var socket = client()) {
            var forged = "forged".getBytes();
            stranger.send(new DatagramPacket(forged, forged.length, socket.getLocalSocketAddress()));
            var reply = RetryingClient.request(socket, server.address(), "ping".getBytes(), TIMEOUT, 3);
            assertArrayEquals("re:ping".getBytes(), reply, "not the stranger's 'forged'");
            assertEquals(2, server.received().get(),
                    "the stranger's datagram came first; the reply is the server's, after a second try");
        }
    }

    @Test
    void the_socket_stays_unconnected() throws IOException {
        try (var server = LossyServer.ignoringFirst(0); var socket = client()) {
            RetryingClient.request(socket, server.address(), "ping".getBytes(), TIMEOUT, 0);
            assertEquals(false, socket.isConnected(), "the caller's socket may talk to other servers next");
        }
    }
}

package sockets.ch05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;

/** The client's exchange, run in the test's JVM against loopback servers the test controls. */
@Timeout(20)
class LineClientTest {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration PATIENT = Duration.ofSeconds(5);

    private static ClientOptions request(int port, Optional<InetSocketAddress> bind) {
        return new ClientOptions(TroubleServers.loopback(port), "hello", PATIENT, PATIENT, bind);
    }

    /** A server that tells the test the remote end of each connection it accepts, then replies. */
    private static BackgroundServer recordingPeers(BlockingQueue<InetSocketAddress> peers) {
        return BackgroundServer.start(listener -> {
            while (true) {
                try (var connection = listener.accept(); var peer = Peer.of(connection)) {
                    peers.add((InetSocketAddress) connection.getRemoteSocketAddress());
                    peer.readLine();
                    peer.sendLine("ok");
                    peer.isAtEndOfStream();
                }
            }
        });
    }

    private static InetSocketAddress seenByTheServer(BlockingQueue<InetSocketAddress> peers)
            throws InterruptedException {
        var peer = peers.poll(10, TimeUnit.SECONDS);
        assertTrue(peer != null, "the server accepted no connection");
        return peer;
    }

    @Test
    void the_local_port_the_client_reports_is_the_peer_port_the_server_sees() throws Exception {
        var peers = new ArrayBlockingQueue<InetSocketAddress>(1);
        try (var server = recordingPeers(peers)) {
            var exchange = LineClient.exchange(request(server.port(), Optional.empty()));
            assertEquals(seenByTheServer(peers), exchange.local(),
                    "getsockname() on the client is getpeername() on the server's accepted socket");
            assertEquals(server.address(), exchange.remote(), "the client's remote end is the listener");
        }
    }

    @Test
    void without_bind_the_kernel_chooses_an_ephemeral_port() throws Exception {
        try (var server = BackgroundServer.start(ReplyServer::serve)) {
            var exchange = LineClient.exchange(request(server.port(), Optional.empty()));
            assertTrue(exchange.local().getPort() > 0 && exchange.local().getPort() != server.port(),
                    "connect() bound the client to a port of the kernel's choosing: " + exchange.local());
        }
    }

    @Test
    void binding_127_0_0_2_makes_the_server_see_the_client_at_127_0_0_2() throws Exception {
        assumeTrue(LineClientProgramTest.canBind("127.0.0.2"), "only Linux routes all of 127/8 to lo");
        var local = new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0);
        var peers = new ArrayBlockingQueue<InetSocketAddress>(1);
        try (var server = recordingPeers(peers)) {
            var exchange = LineClient.exchange(request(server.port(), Optional.of(local)));
            assertEquals("127.0.0.2", seenByTheServer(peers).getAddress().getHostAddress(),
                    "bind() before connect() chose the source address of the SYN");
            assertEquals(local.getAddress(), exchange.local().getAddress());
        }
    }

    @Test
    void binding_a_chosen_port_makes_the_server_see_that_port() throws Exception {
        int chosen = TroubleServers.closedPort();
        var peers = new ArrayBlockingQueue<InetSocketAddress>(1);
        try (var server = recordingPeers(peers)) {
            LineClient.exchange(request(server.port(), Optional.of(TroubleServers.loopback(chosen))));
            assertEquals(chosen, seenByTheServer(peers).getPort(), "the client's port is the one it bound");
        }
    }

    @Test
    void binding_a_port_in_use_fails_before_connecting() throws IOException {
        try (var taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             var server = BackgroundServer.start(ReplyServer::serve)) {
            var failure = assertThrows(LineClient.Failure.class, () -> LineClient.exchange(
                    request(server.port(), Optional.of(TroubleServers.loopback(taken.getLocalPort())))));
            assertEquals("cannot bind the client to 127.0.0.1:" + taken.getLocalPort()
                    + ": address already in use.", failure.getMessage());
        }
    }

    @Test
    void the_connect_timeout_waits_at_least_as_long_as_asked_and_not_much_longer() throws IOException {
        try (var full = TroubleServers.FullQueue.open()) {
            var request = new ClientOptions(TroubleServers.loopback(full.port()), "hello", SHORT, PATIENT,
                    Optional.empty());
            long start = System.nanoTime();
            assertThrows(LineClient.Failure.class, () -> LineClient.exchange(request));
            var waited = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(waited.compareTo(SHORT) >= 0 && waited.compareTo(SHORT.plusSeconds(3)) < 0,
                    "a SYN that gets no answer waits for the timeout: waited " + waited.toMillis() + " ms");
        }
    }

    @Test
    void a_server_that_speaks_first_like_chapter_04s_still_gets_an_answer() throws Exception {
        try (var server = TroubleServers.speakingFirst("hello 127.0.0.1:1\n".getBytes(StandardCharsets.US_ASCII))) {
            var exchange = LineClient.exchange(request(server.port(), Optional.empty()));
            assertEquals("hello 127.0.0.1:1", exchange.reply(), "sending first then reading works either way");
        }
    }

    @Test
    void a_reply_in_many_small_pieces_is_read_as_one_line() throws Exception {
        try (var server = BackgroundServer.start(listener -> {
            try (var peer = Peer.of(listener.accept())) {
                peer.readLine();
                peer.sendOneByteAtATime("one line, in many reads\r\n");
                peer.isAtEndOfStream();
            }
        })) {
            var exchange = LineClient.exchange(request(server.port(), Optional.empty()));
            assertEquals("one line, in many reads", exchange.reply(), "the loop reads up to the newline");
        }
    }

    @Test
    void a_reply_longer_than_the_limit_is_refused_not_buffered_forever() throws Exception {
        var endless = "x".repeat(LineClient.LONGEST_REPLY_BYTES + 1).getBytes(StandardCharsets.US_ASCII);
        try (var server = TroubleServers.speakingFirst(endless)) {
            var failure = assertThrows(LineClient.Failure.class,
                    () -> LineClient.exchange(request(server.port(), Optional.empty())));
            assertEquals("the exchange with 127.0.0.1:" + server.port() + " failed: the reply is longer than "
                    + LineClient.LONGEST_REPLY_BYTES + " bytes.", failure.getMessage());
        }
    }

    @Test
    void a_server_that_resets_the_connection_is_one_sentence() {
        try (var server = BackgroundServer.start(listener -> {
            try (var peer = Peer.of(listener.accept())) {
                peer.readLine();
                peer.reset();
            }
        })) {
            var failure = assertThrows(LineClient.Failure.class,
                    () -> LineClient.exchange(request(server.port(), Optional.empty())));
            assertEquals("the exchange with 127.0.0.1:" + server.port() + " failed: connection reset.",
                    failure.getMessage());
        }
    }
}

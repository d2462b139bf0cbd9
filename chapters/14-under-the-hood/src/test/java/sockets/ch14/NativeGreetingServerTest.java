package sockets.ch14;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;

/** The FFM serving loop in the test's JVM: the same behaviour as chapter 04's server. */
@Timeout(20)
class NativeGreetingServerTest {

    /** Short, so that tests of a stalled client are quick; the program's is 5 s. */
    private static final Duration PATIENCE = Duration.ofMillis(600);
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @BeforeAll
    static void onLinuxOnly() {
        LinuxLibc.require();
    }

    /**
     * The FFM server's loop in the test's own JVM, on a listener it made with socket, bind and
     * listen on 127.0.0.1 port 0. It serves exactly {@code clients} connections and ends by
     * itself; {@link BackgroundServer#awaitFinished} waits for that.
     */
    static BackgroundServer inProcess(Duration patience, int clients) throws Exception {
        var listener = NativeGreetingServer.listen(new Options(Inet4Address.ofLiteral("127.0.0.1"), 0));
        // getsockname(2), as the server does before it prints its listening line.
        return BackgroundServer.serve(listener, listener.localAddress(),
                NativeGreetingServerTest::handAcceptTheClientsItWaitsFor,
                bound -> NativeGreetingServer.serve(bound, patience, clients));
    }

    /**
     * A thread blocked in the C library's accept cannot be interrupted, nor woken by close(2):
     * hand it the connections it still waits for, each closed at once (its read returns 0).
     */
    private static void handAcceptTheClientsItWaitsFor(SocketAddress address, Thread loop) throws Exception {
        for (int i = 0; loop.isAlive() && i < 100; i++) {
            try (var unused = new Socket()) {
                unused.connect(address);
                unused.shutdownOutput();
            } catch (IOException stopped) {
                break;
            }
            loop.join(Duration.ofMillis(200));
        }
        loop.join(Duration.ofSeconds(5));
    }

    private static String expectedGreeting(Peer client) {
        return "hello 127.0.0.1:" + client.socket().getLocalPort();
    }

    @Test
    void the_greeting_names_the_port_the_client_sees_as_its_own_local_port() throws Exception {
        try (var server = inProcess(PATIENCE, 1); var client = Peer.connect(server.port())) {
            assertEquals(expectedGreeting(client), client.readLine(),
                    "the address accept(2) wrote into sockaddr_in is the client's own end");
        }
    }

    @Test
    void the_server_closes_the_connection_once_the_client_hangs_up() throws Exception {
        try (var server = inProcess(PATIENCE, 1); var client = Peer.connect(server.port())) {
            client.readLine();
            client.shutdownOutput();
            assertTrue(client.isAtEndOfStream(), "read(2) returned 0 at our FIN, and the server closed");
        }
    }

    @Test
    void the_server_keeps_serving_after_a_client_resets_the_connection() throws Exception {
        try (var server = inProcess(PATIENCE, 2)) {
            Peer.connect(server.port()).reset();
            try (var next = Peer.connect(server.port())) {
                assertEquals(expectedGreeting(next), next.readLine(),
                        "ECONNRESET (or EPIPE) from write(2) ends one client, not the server");
                next.shutdownOutput();
            }
            server.awaitFinished(LIMIT);
        }
    }

    @Test
    void a_stalled_client_holds_the_server_no_longer_than_its_patience() throws Exception {
        var start = System.nanoTime();
        try (var server = inProcess(PATIENCE, 2); var staller = Peer.connect(server.port())) {
            staller.readLine();
            try (var next = Peer.connect(server.port())) {
                assertEquals(expectedGreeting(next), next.readLine(), "the client after a staller");
            }
            var waited = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(waited.compareTo(PATIENCE) >= 0,
                    "SO_RCVTIMEO held the staller for the patience, not less: " + waited.toMillis() + " ms");
            assertTrue(staller.isAtEndOfStream(), "the server closed the staller's connection");
        }
    }

    @Test
    void a_client_that_sends_more_than_the_server_ignores_is_dropped_at_once() throws Exception {
        try (var server = inProcess(Duration.ofSeconds(10), 2);
             var flooder = Peer.connect(server.port())) {
            assertEquals(expectedGreeting(flooder), flooder.readLine());
            flooder.send(new byte[Conversation.MOST_BYTES_IGNORED + 1]);
            // Dropped at once: the next client need not wait for the 10 s patience.
            try (var next = Peer.connect(server.port())) {
                assertEquals(expectedGreeting(next), next.readLine(), "the client after a flooder");
            }
        }
    }

    @Test
    void a_client_that_sends_a_few_bytes_one_at_a_time_is_still_greeted() throws Exception {
        try (var server = inProcess(PATIENCE, 1); var chatty = Peer.connect(server.port())) {
            chatty.sendOneByteAtATime("hi there\n");
            assertEquals(expectedGreeting(chatty), chatty.readLine());
            chatty.shutdownOutput();
            assertTrue(chatty.isAtEndOfStream(), "a clean close (FIN), not a reset: the server read it all");
        }
    }

    @Test
    void clients_are_accepted_in_the_order_they_connected() throws Exception {
        try (var server = inProcess(Duration.ofSeconds(10), 3);
             var first = Peer.connect(server.port());
             var second = Peer.connect(server.port());
             var third = Peer.connect(server.port())) {
            assertEquals(expectedGreeting(first), first.readLine());
            first.shutdownOutput();
            assertEquals(expectedGreeting(second), second.readLine());
            second.shutdownOutput();
            assertEquals(expectedGreeting(third), third.readLine());
            third.shutdownOutput();
            server.awaitFinished(LIMIT);
        }
    }
}

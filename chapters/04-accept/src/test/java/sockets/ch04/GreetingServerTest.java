package sockets.ch04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;

/** The serving loop, run in the test's JVM on a loopback listener bound to port 0. */
@Timeout(20)
class GreetingServerTest {

    /** Short, so that tests of a stalled client are quick; the program's is 5 s. */
    private static final Duration PATIENCE = Duration.ofMillis(600);

    private static BackgroundServer startServer(Duration patience) {
        return BackgroundServer.start(listener -> GreetingServer.serve(listener, patience));
    }

    private static String expectedGreeting(Peer client) {
        return "hello 127.0.0.1:" + client.socket().getLocalPort();
    }

    /** Proves that nothing arrives for a while: the read must time out, not return. */
    private static void assertNoGreetingYet(Peer client, String why) throws SocketException {
        client.socket().setSoTimeout(300);
        var failure = assertThrows(UncheckedIOException.class, client::readLine, why);
        assertInstanceOf(SocketTimeoutException.class, failure.getCause(), why);
        client.socket().setSoTimeout((int) Peer.READ_TIMEOUT.toMillis());
    }

    @Test
    void the_greeting_names_the_port_the_client_sees_as_its_own_local_port() {
        try (var server = startServer(PATIENCE); var client = Peer.connect(server.port())) {
            assertEquals(expectedGreeting(client), client.readLine(),
                    "the server's getRemoteSocketAddress() is the client's getLocalSocketAddress()");
        }
    }

    @Test
    void the_server_closes_the_connection_once_the_client_hangs_up() {
        try (var server = startServer(PATIENCE); var client = Peer.connect(server.port())) {
            client.readLine();
            client.shutdownOutput();
            assertTrue(client.isAtEndOfStream(), "after our FIN the server closes its end too");
        }
    }

    @Test
    void a_second_client_waits_while_the_first_is_served() throws SocketException {
        try (var server = startServer(Duration.ofSeconds(10)); var first = Peer.connect(server.port())) {
            assertEquals(expectedGreeting(first), first.readLine());
            // The handshake completes in the kernel's accept queue: connect() succeeds...
            try (var second = Peer.connect(server.port())) {
                // ...but no greeting comes while the one server thread waits for the first.
                assertNoGreetingYet(second, "the second client must wait while the first holds the server");
                first.shutdownOutput();
                assertEquals(expectedGreeting(second), second.readLine(),
                        "once the first client hangs up, the server accepts the second");
            }
        }
    }

    @Test
    void a_stalled_client_holds_the_server_no_longer_than_its_patience() {
        var start = System.nanoTime();
        try (var server = startServer(PATIENCE); var staller = Peer.connect(server.port())) {
            staller.readLine();
            // The staller never hangs up; the next client is served when its time is up.
            try (var next = Peer.connect(server.port())) {
                assertEquals(expectedGreeting(next), next.readLine(), "the client after a staller");
            }
            var waited = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(waited.compareTo(PATIENCE) >= 0,
                    "the staller held the server for its patience, not less: " + waited.toMillis() + " ms");
            assertTrue(staller.isAtEndOfStream(), "the server closed the staller's connection");
        }
    }

    @Test
    void the_server_keeps_serving_after_a_client_resets_the_connection() {
        try (var server = startServer(PATIENCE)) {
            Peer.connect(server.port()).reset();
            try (var next = Peer.connect(server.port())) {
                assertEquals(expectedGreeting(next), next.readLine(), "the client after a reset");
            }
        }
    }

    @Test
    void the_server_keeps_serving_after_a_client_hangs_up_without_reading() {
        try (var server = startServer(PATIENCE)) {
            Peer.connect(server.port()).close();
            try (var next = Peer.connect(server.port())) {
                assertEquals(expectedGreeting(next), next.readLine(), "the client after one that left");
            }
        }
    }

    @Test
    void a_client_that_sends_a_few_bytes_still_gets_its_greeting() {
        try (var server = startServer(PATIENCE); var chatty = Peer.connect(server.port())) {
            chatty.sendOneByteAtATime("hi there\n");
            assertEquals(expectedGreeting(chatty), chatty.readLine());
            chatty.shutdownOutput();
            assertTrue(chatty.isAtEndOfStream(), "a clean close (FIN), not a reset: the server read it all");
        }
    }

    @Test
    void the_server_drops_a_client_that_sends_more_than_it_ignores_and_serves_the_next() {
        try (var server = startServer(Duration.ofSeconds(10)); var flooder = Peer.connect(server.port())) {
            assertEquals(expectedGreeting(flooder), flooder.readLine());
            flooder.send(new byte[GreetingServer.MOST_BYTES_IGNORED + 1]);
            // It is dropped at once: the next client need not wait for the 10 s patience.
            try (var next = Peer.connect(server.port())) {
                assertEquals(expectedGreeting(next), next.readLine(), "the client after a flooder");
            }
        }
    }

    @Test
    void clients_are_accepted_in_the_order_they_connected() {
        try (var server = startServer(Duration.ofSeconds(10));
             var first = Peer.connect(server.port());
             var second = Peer.connect(server.port());
             var third = Peer.connect(server.port())) {
            assertEquals(expectedGreeting(first), first.readLine());
            first.shutdownOutput();
            assertEquals(expectedGreeting(second), second.readLine());
            second.shutdownOutput();
            assertEquals(expectedGreeting(third), third.readLine());
        }
    }
}

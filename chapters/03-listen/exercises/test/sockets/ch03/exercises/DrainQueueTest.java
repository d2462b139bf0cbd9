package sockets.ch03.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;

@Timeout(10)
class DrainQueueTest {

    @Test
    void the_lines_come_back_in_the_order_the_clients_connected() throws IOException {
        try (var listener = listen(); var a = connect(listener); var b = connect(listener); var c = connect(listener)) {
            c.sendLine("third");
            a.sendLine("first");
            b.sendLine("second");
            assertEquals(List.of("first", "second", "third"), DrainQueue.acceptAll(listener, 3),
                    "accept() returns the queued connections oldest first, whatever order they sent in");
        }
    }

    @Test
    void a_silent_client_gives_an_empty_line_and_does_not_hold_up_the_others() throws IOException {
        try (var listener = listen(); var silent = connect(listener); var talker = connect(listener)) {
            talker.sendLine("still read");
            // The read timeout is 1 s: a drain still reading after 3 s waits for the silent client for ever.
            var lines = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> DrainQueue.acceptAll(listener, 2),
                    "a client that sends nothing must be given up after the read timeout (setSoTimeout)");
            assertEquals(List.of("", "still read"), lines, "the silent client's empty line, then the other's");
        }
    }

    @Test
    void a_client_that_reset_while_queued_gives_an_empty_line() throws IOException {
        try (var listener = listen(); var talker = connect(listener)) {
            connect(listener).reset();
            talker.sendLine("after the reset");
            assertEquals(List.of("after the reset", ""), DrainQueue.acceptAll(listener, 2),
                    "one client's ECONNRESET (a SocketException) must not stop the others");
        }
    }

    @Test
    void a_line_longer_than_the_limit_is_cut() throws IOException {
        try (var listener = listen(); var flooder = connect(listener)) {
            flooder.send("y".repeat(5_000));
            assertEquals(List.of("y".repeat(DrainQueue.MAX_LINE_BYTES)), DrainQueue.acceptAll(listener, 1),
                    "read at most MAX_LINE_BYTES from one client");
        }
    }

    @Test
    void every_accepted_connection_is_closed() throws IOException {
        try (var listener = listen(); var client = connect(listener)) {
            client.sendLine("bye");
            DrainQueue.acceptAll(listener, 1);
            assertEquals(null, client.readLine(), "the client should read end of stream: the server closed it");
        }
    }

    private static ServerSocket listen() throws IOException {
        var listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 5);
        return listener;
    }

    private static Peer connect(ServerSocket listener) {
        return Peer.connect(listener.getLocalSocketAddress());
    }
}

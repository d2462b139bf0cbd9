package sockets.ch03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;

/** The servers' limits on a client: one line, at most 200 bytes, all of it within 2 seconds. */
@Timeout(10)
class FirstLineTest {

    @Test
    void a_line_is_shown_in_quotes_without_its_newline() throws IOException {
        assertEquals("\"hello\"", describeWhatThePeerSends(peer -> peer.sendLine("hello")));
    }

    @Test
    void a_line_sent_one_byte_at_a_time_is_read_whole() throws IOException {
        assertEquals("\"in pieces\"", describeWhatThePeerSends(peer -> peer.sendOneByteAtATime("in pieces\n")));
    }

    @Test
    void a_line_longer_than_the_limit_is_cut_at_200_bytes() throws IOException {
        var described = describeWhatThePeerSends(peer -> peer.send("x".repeat(10_000)));
        assertEquals("\"" + "x".repeat(200) + "\", cut at 200 bytes: no newline came", described);
    }

    @Test
    void bytes_that_are_not_text_are_shown_as_question_marks() throws IOException {
        var described = describeWhatThePeerSends(peer -> peer.send(new byte[] {'a', 0, 7, (byte) 0xff, 'b', '\n'}));
        assertEquals("\"a???b\"", described);
    }

    @Test
    void a_client_that_sends_nothing_is_given_up_after_two_seconds() throws IOException {
        long start = System.nanoTime();
        var described = describeWhatThePeerSends(peer -> { });
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("nothing within 2 s", described);
        assertTrue(waitedMillis < 5_000, "the deadline bounds the wait: " + waitedMillis + " ms");
    }

    @Test
    void a_client_that_trickles_bytes_is_let_go_at_the_deadline_though_no_read_times_out() throws IOException {
        var patience = Duration.ofSeconds(1);
        try (var listener = listen(); var trickler = Peer.connect(listener.getLocalSocketAddress());
                var pacer = Executors.newSingleThreadScheduledExecutor()) {
            // One byte every 500 ms: no read waits as long as the patience, so a timeout per read
            // would keep reading this line for 200 x 500 ms; the deadline ends it after 1 s.
            pacer.scheduleAtFixedRate(() -> trickler.send("x"), 0, 500, TimeUnit.MILLISECONDS);
            try (Socket connection = listener.accept()) {
                long start = System.nanoTime();
                var described = FirstLine.describe(connection, patience);
                var waited = Duration.ofNanos(System.nanoTime() - start);
                assertTrue(described.matches("\"x+\", but no newline within 1 s"), described);
                assertTrue(waited.compareTo(patience) >= 0 && waited.toMillis() < 3_000,
                        "let go at the deadline, 1 s, not before and not much later: " + waited.toMillis() + " ms");
            }
        }
    }

    @Test
    void a_client_that_closes_without_a_newline_is_shown_as_far_as_it_got() throws IOException {
        var described = describeWhatThePeerSends(peer -> {
            peer.send("half");
            peer.shutdownOutput();
        });
        assertEquals("\"half\", then closed without a newline", described);
    }

    private static String describeWhatThePeerSends(Consumer<Peer> sending) throws IOException {
        try (var listener = listen()) {
            try (var peer = Peer.connect(listener.getLocalSocketAddress())) {
                sending.accept(peer);
                try (Socket connection = listener.accept()) {
                    return FirstLine.describe(connection);
                }
            }
        }
    }

    private static ServerSocket listen() throws IOException {
        var listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        return listener;
    }
}

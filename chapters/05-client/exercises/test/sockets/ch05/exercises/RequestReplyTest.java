package sockets.ch05.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;

@Timeout(10)
class RequestReplyTest {

    private ServerSocket listener;
    private Socket client;
    private Peer server;

    @BeforeEach
    void connect() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        client = new Socket();
        client.connect(listener.getLocalSocketAddress(), 5_000);
        // A read that never ends fails the test instead of hanging it.
        client.setSoTimeout(5_000);
        server = Peer.of(listener.accept());
    }

    @AfterEach
    void close() throws IOException {
        server.close();
        client.close();
        listener.close();
    }

    @Test
    void sends_the_line_and_a_newline() throws IOException {
        server.sendLine("pong");
        RequestReply.ask(client, "ping");
        assertArrayEquals("ping\n".getBytes(StandardCharsets.US_ASCII), server.readExactly(5),
                "the server must receive the line followed by '\\n'");
    }

    @Test
    void returns_the_reply_without_its_newline() throws IOException {
        server.sendLine("pong");
        assertEquals("pong", RequestReply.ask(client, "ping"), "the reply line, without the '\\n'");
    }

    @Test
    void a_reply_that_arrives_in_pieces_is_read_up_to_its_newline() throws Exception {
        var replier = Thread.ofVirtual().start(() -> {
            try {
                server.readLine();
                server.sendWithPauses(Duration.ofMillis(50), "po", "n", "g\n");
            } catch (UncheckedIOException testEnded) {
                // the test failed and closed the connection first
            }
        });
        assertEquals("pong", RequestReply.ask(client, "ping"),
                "one read() may return part of a line: keep reading until the newline");
        replier.join();
    }

    @Test
    void bytes_after_the_newline_are_left_for_the_next_question() throws IOException {
        server.send("one\ntwo\n");
        assertEquals("one", RequestReply.ask(client, "first"), "the first reply");
        // "two" arrived with "one": a second ask that still waits after 1 s lost it.
        client.setSoTimeout(1_000);
        try {
            assertEquals("two", RequestReply.ask(client, "second"),
                    "the second reply was already in the socket: do not read past the first newline");
        } catch (SocketTimeoutException lost) {
            fail("the second reply, 'two', came with the first, and your code waited for it in vain: the first"
                    + " call read past its newline and kept the rest (a BufferedReader reads ahead);"
                    + " do not read past the first newline");
        }
    }

    @Test
    void a_line_is_sent_as_utf_8() throws IOException {
        server.sendLine("ok");
        RequestReply.ask(client, "grüße");
        assertEquals("grüße", server.readLine(), "the server decodes the bytes as UTF-8");
    }

    @Test
    void end_of_stream_in_the_middle_of_the_reply_is_an_EOFException() {
        server.send("par");
        server.shutdownOutput();
        assertThrows(EOFException.class, () -> RequestReply.ask(client, "ping"),
                "read() returned -1 after 'par': the server's FIN came before the newline");
    }

    @Test
    void end_of_stream_before_any_reply_is_an_EOFException() {
        server.shutdownOutput();
        assertThrows(EOFException.class, () -> RequestReply.ask(client, "ping"),
                "read() returned -1 at once: no reply at all is not an empty reply");
    }
}

package sockets.ch12.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.OwnThread;

@Timeout(10)
class UnixEchoTest {

    @TempDir
    Path directory;

    /** serveOne on its own thread; the test is the client, sends, half-closes, reads it all. */
    private String exchange(String... writes) throws Exception {
        var address = UnixDomainSocketAddress.of(directory.resolve("echo.sock"));
        try (var listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            listener.bind(address);
            var served = OwnThread.supply("serveOne", () -> {
                try (listener) {
                    return UnixEcho.serveOne(listener);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
                // Closing the listener resets a connection serveOne did not accept: the
                // client's read then fails at once instead of waiting for the timeout.
            });
            try (var client = SocketChannel.open(address)) {
                for (var piece : writes) {
                    client.write(ByteBuffer.wrap(piece.getBytes(StandardCharsets.UTF_8)));
                }
                client.shutdownOutput();
                var received = new ByteArrayOutputStream();
                var buffer = ByteBuffer.allocate(4096);
                try {
                    while (client.read(buffer.clear()) != -1) {
                        received.write(buffer.array(), 0, buffer.position());
                    }
                } catch (IOException readFailed) {
                    // The server's side failed first: report its failure, not this symptom.
                    try {
                        served.get(5, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException cause) {
                            throw cause;
                        }
                    }
                    throw readFailed;
                }
                lines = served.get(5, TimeUnit.SECONDS);
                return received.toString(StandardCharsets.UTF_8);
            }
        }
    }

    private int lines;

    @Test
    void every_line_comes_back_and_the_count_is_returned() throws Exception {
        assertEquals("one\ntwo\n", exchange("one\ntwo\n"), "what the client read back before end of stream"
                + " (every byte written, and flushed, before the connection closed)");
        assertEquals(2, lines, "serveOne returns the number of lines it echoed");
    }

    @Test
    void a_line_written_in_pieces_comes_back_whole() throws Exception {
        assertEquals("in pieces\n", exchange("in ", "pie", "ces\n"));
        assertEquals(1, lines, "three writes, one line");
    }

    @Test
    void the_last_bytes_without_a_newline_come_back_as_they_were() throws Exception {
        assertEquals("one\ntail", exchange("one\ntail"), "the client's last bytes came without a newline: they go"
                + " back as they were, no newline added");
    }

    @Test
    void the_connection_is_closed_after_the_clients_end_of_stream() throws Exception {
        assertEquals("", exchange(), "a client that sends nothing gets nothing, then end of stream");
        assertEquals(0, lines, "no line, no echo");
    }
}

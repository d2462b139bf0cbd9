package sockets.ch13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The connection's input, fed as read(2) would fill it, with a limit of 10 bytes a line. */
class LineBufferTest {

    private final LineBuffer input = new LineBuffer(10);
    private final Outbox output = new Outbox();

    /** One read(2): the bytes land in the buffer, the connection takes the echoes, and
     * a write(2) that takes them all returns them. */
    private String read(String bytes) {
        input.buffer().put(bytes.getBytes(StandardCharsets.UTF_8));
        input.takeEchoes(output);
        var echoes = new ByteArrayOutputStream();
        try {
            output.writeTo(Channels.newChannel(echoes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return echoes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void an_empty_line_at_the_start_of_a_read_is_echoed_empty() {
        assertEquals("\n", read("\n"), "a newline as the first byte of a read, with nothing before it");
        assertEquals("\n\n", read("\r\n\n"));
    }

    @Test
    void eleven_bytes_without_a_newline_are_too_long_at_once() {
        assertEquals("", read("x".repeat(11)));
        assertTrue(input.tooLong(), "11 bytes and no newline yet, limit 10: the line cannot end in time");
    }

    @Test
    void ten_bytes_and_a_cr_may_wait_for_their_newline() {
        assertEquals("", read("x".repeat(10) + "\r"));
        assertFalse(input.tooLong(), "the \\r may be the start of a \\r\\n");
        assertEquals("x".repeat(10) + "\n", read("\n"));
        assertFalse(input.tooLong());
    }

    @Test
    void ten_bytes_and_a_cr_and_one_more_are_too_long() {
        read("x".repeat(10) + "\r");
        read("y");
        assertTrue(input.tooLong(), "12 bytes and no newline");
    }

    @Test
    void a_line_of_ten_bytes_is_echoed() {
        assertEquals("x".repeat(10) + "\n", read("x".repeat(10) + "\n"));
        assertFalse(input.tooLong());
    }
}

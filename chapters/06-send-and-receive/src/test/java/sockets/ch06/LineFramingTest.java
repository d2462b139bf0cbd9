package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Line framing over byte-array streams: no socket, so every case is exact. */
class LineFramingTest {

    private static final LineFraming LINES = new LineFraming(8);

    private static String next(InputStream in) throws IOException {
        var line = LINES.read(in);
        return line == null ? null : new String(line, StandardCharsets.UTF_8);
    }

    @Test
    void several_lines_in_one_buffer_are_read_one_by_one() throws IOException {
        var in = new ByteArrayInputStream("hello\nworld\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("hello", next(in));
        assertEquals("world", next(in));
        assertNull(next(in), "end of stream after the last line");
    }

    @Test
    void a_line_that_arrives_one_byte_per_read_comes_back_whole() throws IOException {
        var in = OneByteAtATimeInputStream.of("hello\nworld\n");
        assertEquals("hello", next(in));
        assertEquals("world", next(in));
    }

    @Test
    void an_empty_line_is_an_empty_message_not_the_end_of_the_stream() throws IOException {
        var in = OneByteAtATimeInputStream.of("\nend\n");
        assertArrayEquals(new byte[0], LINES.read(in), "an empty line");
        assertEquals("end", next(in));
        assertNull(next(in), "only -1 from read() is the end");
    }

    @Test
    void a_carriage_return_before_the_newline_is_dropped() throws IOException {
        assertEquals("telnet", next(OneByteAtATimeInputStream.of("telnet\r\n")));
    }

    @Test
    void a_last_line_without_a_newline_is_still_a_line() throws IOException {
        var in = OneByteAtATimeInputStream.of("one\ntwo");
        assertEquals("one", next(in));
        assertEquals("two", next(in));
        assertNull(next(in));
    }

    @Test
    void a_line_of_exactly_the_limit_is_taken_with_either_line_end() throws IOException {
        var in = OneByteAtATimeInputStream.of("12345678\n12345678\r\n");
        assertEquals("12345678", next(in));
        assertEquals("12345678", next(in));
    }

    @Test
    void a_line_over_the_limit_is_refused_after_reading_no_more_than_the_limit_and_two() {
        var in = OneByteAtATimeInputStream.of("x".repeat(10_000) + "\n");
        var refused = assertThrows(Framing.TooLarge.class, () -> LINES.read(in));
        assertEquals("a line may have at most 8 bytes", refused.getMessage());
        assertTrue(in.consumed() <= 8 + 2, "the reader stopped early, it read " + in.consumed() + " bytes");
    }

    @Test
    void writing_adds_the_newline() throws IOException {
        var out = new ByteArrayOutputStream();
        LINES.write(out, "hi".getBytes(StandardCharsets.UTF_8));
        assertEquals("hi\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_message_with_a_newline_cannot_be_written_as_one_line() {
        assertThrows(IllegalArgumentException.class,
                () -> LINES.write(new ByteArrayOutputStream(), "a\nb".getBytes(StandardCharsets.UTF_8)));
    }
}

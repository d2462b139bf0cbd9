package sockets.ch13.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LineAssemblerTest {

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Feeds the text in pieces of {@code size} bytes, as reads of that size would bring it. */
    private static List<String> feedInPieces(LineAssembler lines, String text, int size) throws ProtocolException {
        var all = text.getBytes(StandardCharsets.UTF_8);
        var out = new ArrayList<String>();
        for (int start = 0; start < all.length; start += size) {
            out.addAll(lines.feed(ByteBuffer.wrap(all, start, Math.min(size, all.length - start))));
        }
        return out;
    }

    @Test
    void two_lines_in_one_read_come_out_as_two() throws ProtocolException {
        assertEquals(List.of("hello", "world"), new LineAssembler(100).feed(bytes("hello\nworld\n")),
                "one read(2) may bring several lines");
    }

    @Test
    void a_line_that_arrives_one_byte_per_read_comes_out_whole() throws ProtocolException {
        assertEquals(List.of("one byte at a time"), feedInPieces(new LineAssembler(100), "one byte at a time\n", 1),
                "the bytes of an incomplete line must wait in the assembler for the next read");
    }

    @Test
    void an_incomplete_line_comes_out_only_with_its_newline() throws ProtocolException {
        var lines = new LineAssembler(100);
        assertEquals(List.of(), lines.feed(bytes("hal")), "no newline yet, no line yet");
        assertEquals(3, lines.pending(), "bytes held for the next read");
        assertEquals(List.of("half", "next"), lines.feed(bytes("f\nnext\n")));
        assertEquals(0, lines.pending(), "nothing held after a newline");
    }

    @Test
    void every_byte_of_the_buffer_is_taken() throws ProtocolException {
        var buffer = bytes("a\nb");
        new LineAssembler(100).feed(buffer);
        assertFalse(buffer.hasRemaining(), "feed takes all the remaining bytes, complete line or not");
    }

    @Test
    void crlf_ends_a_line_and_an_empty_line_is_a_line() throws ProtocolException {
        assertEquals(List.of("telnet", "", "end"), new LineAssembler(100).feed(bytes("telnet\r\n\nend\n")),
                "CRLF ends a line as \\n does (telnet sends \\r\\n): the \\r is not part of the line");
    }

    @Test
    void a_character_split_between_two_reads_is_decoded_whole() throws ProtocolException {
        // "é" is two bytes in UTF-8: a read may end between them.
        assertEquals(List.of("café"), feedInPieces(new LineAssembler(100), "café\n", 4),
                "the two bytes of é split between two reads: keep bytes until the newline, then decode the line");
    }

    @Test
    void a_line_of_exactly_the_limit_is_a_line_even_with_crlf() throws ProtocolException {
        var longest = "x".repeat(10);
        assertEquals(List.of(longest, longest), new LineAssembler(10).feed(bytes(longest + "\n" + longest + "\r\n")),
                "the limit counts the line's bytes, not its \\n or \\r\\n");
    }

    @Test
    void a_line_over_the_limit_is_refused_before_its_newline_arrives() {
        var lines = new LineAssembler(10);
        var error = assertThrows(ProtocolException.class, () -> feedInPieces(lines, "x".repeat(1000), 7),
                "1000 bytes without a newline, limit 10: refuse as soon as the line cannot fit");
        assertTrue(lines.pending() <= 11, "held at most the limit and a \\r, not " + lines.pending() + " bytes");
        assertEquals("a line may have at most 10 bytes", error.getMessage());
    }

    @Test
    void a_line_over_the_limit_by_one_byte_is_refused() {
        assertThrows(ProtocolException.class, () -> new LineAssembler(10).feed(bytes("x".repeat(11) + "\n")),
                "11 bytes and a newline, limit 10");
    }
}

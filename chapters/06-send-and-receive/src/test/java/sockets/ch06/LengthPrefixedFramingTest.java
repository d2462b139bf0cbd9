package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Length-prefixed framing over byte-array streams: no socket, so every case is exact. */
class LengthPrefixedFramingTest {

    private static final LengthPrefixedFraming FRAMES = new LengthPrefixedFraming(16);
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] framed(String... messages) throws IOException {
        var out = new ByteArrayOutputStream();
        for (var message : messages) {
            FRAMES.write(out, message.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void the_length_goes_first_as_four_bytes_big_endian() throws IOException {
        assertEquals("00000005" + "68656c6c6f", HEX.formatHex(framed("hello")));
    }

    @Test
    void frames_read_back_as_they_were_written() throws IOException {
        var in = new ByteArrayInputStream(framed("hello", "two\nlines"));
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), FRAMES.read(in));
        assertArrayEquals("two\nlines".getBytes(StandardCharsets.UTF_8), FRAMES.read(in),
                "a newline is just a byte inside a frame");
        assertNull(FRAMES.read(in), "end of stream between frames");
    }

    @Test
    void a_frame_that_arrives_one_byte_per_read_comes_back_whole() throws IOException {
        var in = new OneByteAtATimeInputStream(framed("hello", "world"));
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), FRAMES.read(in));
        assertArrayEquals("world".getBytes(StandardCharsets.UTF_8), FRAMES.read(in));
    }

    @Test
    void an_empty_frame_is_an_empty_message_not_the_end_of_the_stream() throws IOException {
        var in = new OneByteAtATimeInputStream(framed("", "end"));
        assertArrayEquals(new byte[0], FRAMES.read(in));
        assertArrayEquals("end".getBytes(StandardCharsets.UTF_8), FRAMES.read(in));
        assertNull(FRAMES.read(in));
    }

    @Test
    void a_stream_that_ends_inside_the_length_is_an_error() {
        var in = new OneByteAtATimeInputStream(HEX.parseHex("0000"));
        assertThrows(EOFException.class, () -> FRAMES.read(in));
    }

    @Test
    void a_stream_that_ends_inside_the_message_is_an_error() {
        var in = new OneByteAtATimeInputStream(HEX.parseHex("00000005" + "6865"));
        var cut = assertThrows(EOFException.class, () -> FRAMES.read(in));
        assertEquals("the stream ended after 2 of the 5 bytes of a frame", cut.getMessage());
    }

    @Test
    void a_length_over_the_limit_is_refused_before_the_message_is_read() {
        var in = new OneByteAtATimeInputStream(HEX.parseHex("00100000" + "00".repeat(64)));
        var refused = assertThrows(Framing.TooLarge.class, () -> FRAMES.read(in));
        assertEquals("a frame may have at most 16 bytes, not 1048576", refused.getMessage());
        assertEquals(4, in.consumed(), "only the length was read");
    }

    @Test
    void a_length_with_the_top_bit_set_is_too_large_not_negative() {
        var in = new ByteArrayInputStream(HEX.parseHex("ffffffff"));
        var refused = assertThrows(Framing.TooLarge.class, () -> FRAMES.read(in));
        assertEquals("a frame may have at most 16 bytes, not 4294967295", refused.getMessage());
    }

    @Test
    void a_message_over_the_limit_cannot_be_written() {
        assertThrows(IllegalArgumentException.class,
                () -> FRAMES.write(new ByteArrayOutputStream(), new byte[17]));
    }
}

package sockets.ch06.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;

@Timeout(10)
class NetstringsTest {

    /** At most one byte per read, as a socket may give them; counts what was taken. */
    static final class OneByteAtATime extends FilterInputStream {
        int consumed;

        OneByteAtATime(String text) {
            super(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            consumed += b == -1 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, Math.min(1, length));
            consumed += Math.max(n, 0);
            return n;
        }
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String read(InputStream in) throws IOException {
        return text(Netstrings.read(in, 100));
    }

    /**
     * Reads a netstring that is there to be read. Should the student's code throw, the test says
     * what it expected and why a socket gives fewer bytes than asked for, not only what was thrown.
     */
    private static String readWhole(InputStream in, String what) {
        try {
            return text(Netstrings.read(in, 100));
        } catch (IOException thrown) {
            return fail(what + ": your code threw " + thrown.getClass().getSimpleName() + ": " + thrown.getMessage()
                    + "; a read() returns what has arrived, here fewer bytes than asked for:"
                    + " loop until you have the whole netstring (readNBytes does)", thrown);
        }
    }

    @Test
    void writes_the_length_a_colon_the_bytes_and_a_comma() throws IOException {
        var out = new ByteArrayOutputStream();
        Netstrings.write(out, "hello".getBytes(StandardCharsets.UTF_8));
        Netstrings.write(out, new byte[0]);
        assertEquals("5:hello,0:,", out.toString(StandardCharsets.UTF_8),
                "'hello' then an empty message, as netstrings");
    }

    @Test
    void reads_netstrings_back_one_after_another() throws IOException {
        var in = new OneByteAtATime("5:hello,0:,11:hello,world,");
        assertEquals("hello", readWhole(in, "the first netstring, given one byte per read()"),
                "the first netstring, given one byte per read()");
        assertEquals("", readWhole(in, "an empty netstring after it"), "an empty netstring is an empty message, not the end");
        assertEquals("hello,world", readWhole(in, "a netstring with a comma inside"),
                "a comma inside is just a byte: the length says where it ends");
        assertNull(read(in), "read returns null when the stream ends between netstrings");
    }

    @Test
    void a_stream_that_ends_inside_a_netstring_is_an_eof_exception() {
        assertThrows(EOFException.class, () -> read(new OneByteAtATime("5:hel")),
                "the stream ended after 3 of 5 bytes: that is a cut message, not the end");
        assertThrows(EOFException.class, () -> read(new OneByteAtATime("12")),
                "the stream ended inside the length");
        assertThrows(EOFException.class, () -> read(new OneByteAtATime("5:hello")),
                "the stream ended before the comma");
    }

    @Test
    void bytes_that_are_not_a_netstring_are_a_protocol_exception() {
        assertThrows(ProtocolException.class, () -> read(new OneByteAtATime("5x:hello,")), "a letter in the length");
        assertThrows(ProtocolException.class, () -> read(new OneByteAtATime(":hello,")), "no length at all");
        assertThrows(ProtocolException.class, () -> read(new OneByteAtATime("5:hello;")), "no comma at the end");
    }

    @Test
    void a_length_over_the_limit_is_refused_before_the_message_is_read() {
        var in = new OneByteAtATime("99999999999999999999:" + "x".repeat(1000) + ",");
        assertThrows(ProtocolException.class, () -> Netstrings.read(in, 100),
                "a length over maxSize must be refused");
        assertTrue(in.consumed <= 4, "refuse the length as soon as it passes maxSize, without reading"
                + " the message or every digit: read() was given " + in.consumed + " bytes");
    }

    @Test
    void a_netstring_sent_one_byte_per_write_over_a_socket_arrives_whole() throws IOException {
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             var sender = Peer.connect(listener.getLocalPort());
             var receiver = listener.accept()) {
            receiver.setSoTimeout(5_000);
            sender.sendOneByteAtATime("11:hello world,");
            assertEquals("hello world", readWhole(receiver.getInputStream(), "a netstring sent one byte per write"),
                    "each read() on the socket returned part of the netstring: loop until you have it all");
        }
    }
}

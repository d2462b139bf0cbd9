package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.OwnThread;
import sockets.testkit.Peer;

/**
 * Both framings over a real loopback connection, against a sender that cuts its bytes on
 * purpose; and the naive reader, one read taken as one message, failing on the same bytes.
 */
@Timeout(20)
class ReadLoopTest {

    private ServerSocket listener;
    private Peer sender;
    private Socket receiver;

    @BeforeEach
    void connect() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        sender = Peer.connect(listener.getLocalPort());
        receiver = listener.accept();
        receiver.setSoTimeout(10_000);
    }

    @AfterEach
    void close() throws IOException {
        sender.close();
        receiver.close();
        listener.close();
    }

    // tag::naive-fails[]
    @Test
    void the_naive_reader_takes_two_messages_sent_in_one_write_for_one()
            throws IOException {
        var naive = new NaiveLineReader(receiver.getInputStream());
        sender.sendMerged("hello\n", "world\n");
        assertEquals("hello\nworld", naive.readMessage(), "two messages, one read");
    }

    @Test
    void the_naive_reader_takes_the_first_byte_of_a_message_for_all_of_it()
            throws IOException {
        var naive = new NaiveLineReader(receiver.getInputStream());
        sender.send("h");
        assertEquals("h", naive.readMessage(), "one read returns what has arrived");
        sender.send("ello\n");
        assertEquals("ello", naive.readMessage(), "the rest: a message of its own");
    }
    // end::naive-fails[]

    @Test
    void line_framing_reads_two_lines_sent_in_one_write_as_two() throws IOException {
        var in = new BufferedInputStream(receiver.getInputStream());
        var lines = new LineFraming(LineFraming.MAX_LINE);
        sender.sendMerged("hello\n", "world\n");
        assertArrayEquals(bytes("hello"), lines.read(in));
        assertArrayEquals(bytes("world"), lines.read(in));
    }

    @Test
    void line_framing_reads_a_line_sent_one_byte_per_write_as_one() throws IOException {
        var in = new BufferedInputStream(receiver.getInputStream());
        sender.sendOneByteAtATime("one byte at a time\n");
        assertArrayEquals(bytes("one byte at a time"), new LineFraming(LineFraming.MAX_LINE).read(in));
    }

    @Test
    void a_length_prefixed_frame_sent_one_byte_per_write_arrives_whole() throws IOException {
        var frames = new LengthPrefixedFraming(LengthPrefixedFraming.MAX_FRAME);
        for (byte b : framed(frames, bytes("hello\nworld"))) {
            sender.send(new byte[] {b});
        }
        assertArrayEquals(bytes("hello\nworld"), frames.read(receiver.getInputStream()));
    }

    @Test
    void a_one_mib_frame_takes_many_reads_and_arrives_whole() throws IOException {
        var frames = new LengthPrefixedFraming(LengthPrefixedFraming.MAX_FRAME);
        var message = new byte[LengthPrefixedFraming.MAX_FRAME];
        new Random(6).nextBytes(message);
        var wire = framed(frames, message);
        // Sent on another thread: 1 MiB may not fit in the kernel's buffers at once.
        var sending = OwnThread.run("sender", () -> sender.send(wire));
        var counted = new ReadCounter(receiver.getInputStream());
        assertArrayEquals(message, frames.read(counted));
        sending.join();
        assertTrue(counted.reads > 1, "1 MiB came in " + counted.reads + " reads");
    }

    private static byte[] framed(LengthPrefixedFraming frames, byte[] message) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        frames.write(out, message);
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Counts the reads that returned bytes: each is one read(2) on the socket. */
    private static final class ReadCounter extends FilterInputStream {
        int reads;

        ReadCounter(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                reads++;
            }
            return n;
        }
    }
}

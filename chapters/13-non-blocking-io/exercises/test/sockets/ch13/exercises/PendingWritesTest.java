package sockets.ch13.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class PendingWritesTest {

    /** A channel like a non-blocking socket: it takes at most {@code room} bytes, then 0. */
    static final class SendBuffer implements WritableByteChannel {
        final ByteArrayOutputStream taken = new ByteArrayOutputStream();
        int room;
        int calls;

        SendBuffer(int room) {
            this.room = room;
        }

        @Override
        public int write(ByteBuffer source) {
            calls++;
            int n = Math.min(room, source.remaining());
            for (int i = 0; i < n; i++) {
                taken.write(source.get());
            }
            room -= n;
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_fresh_queue_is_empty() {
        var pending = new PendingWrites(100);
        assertTrue(pending.isEmpty(), "nothing offered, nothing waits");
        assertEquals(0, pending.bytes());
    }

    @Test
    void what_the_channel_takes_leaves_oldest_first() throws IOException {
        var pending = new PendingWrites(100);
        assertTrue(pending.offer(bytes("one\n")));
        assertTrue(pending.offer(bytes("two\n")));
        var channel = new SendBuffer(100);
        assertEquals(8, pending.writeTo(channel), "bytes written");
        assertEquals("one\ntwo\n", channel.taken.toString(StandardCharsets.UTF_8));
        assertTrue(pending.isEmpty(), "everything was written");
    }

    @Test
    void a_partial_write_keeps_the_rest_for_later() throws IOException {
        var pending = new PendingWrites(100);
        pending.offer(bytes("hello\n"));
        pending.offer(bytes("world\n"));
        var channel = new SendBuffer(8);
        assertEquals(8, pending.writeTo(channel), "the send buffer had room for 8 bytes");
        assertEquals(4, pending.bytes(), "bytes still waiting");
        channel.room = 100;
        assertEquals(4, pending.writeTo(channel), "the 4 bytes the partial write left: a write may take less than"
                + " it was given; keep what is left, in order, for the next OP_WRITE");
        assertEquals("hello\nworld\n", channel.taken.toString(StandardCharsets.UTF_8), "no byte lost or repeated");
    }

    @Test
    void a_full_channel_is_not_asked_again_and_again() throws IOException {
        var pending = new PendingWrites(100);
        pending.offer(bytes("a\n"));
        pending.offer(bytes("b\n"));
        var full = new SendBuffer(0);
        assertEquals(0, pending.writeTo(full));
        assertEquals(1, full.calls, "after a write that took less than it was given, stop: "
                + "retrying at once is a busy loop; wait for OP_WRITE instead");
    }

    @Test
    void an_offer_over_the_bound_is_refused_and_queues_nothing() {
        var pending = new PendingWrites(10);
        assertTrue(pending.offer(bytes("12345678")), "8 of 10 bytes");
        assertFalse(pending.offer(bytes("abc")), "11 of 10 bytes: the client has not read enough (an outbox"
                + " without a bound grows until OutOfMemoryError)");
        assertEquals(8, pending.bytes(), "the refused bytes were not queued");
        assertTrue(pending.offer(bytes("ab")), "exactly the bound is allowed");
    }

    @Test
    void the_queue_keeps_its_own_copy_of_the_bytes() throws IOException {
        var pending = new PendingWrites(100);
        var reused = bytes("first\n");
        pending.offer(reused);
        reused.clear();
        reused.put("XXXXX\n".getBytes(StandardCharsets.UTF_8)).flip();
        var channel = new SendBuffer(100);
        pending.writeTo(channel);
        assertEquals("first\n", channel.taken.toString(StandardCharsets.UTF_8),
                "a read buffer is reused for the next read: the queue must keep a copy of the bytes");
    }

    @Test
    void over_a_non_blocking_socket_the_bytes_arrive_whole_and_in_order() throws IOException {
        var lo = InetAddress.getLoopbackAddress();
        try (var listener = ServerSocketChannel.open().bind(new InetSocketAddress(lo, 0));
                var sender = SocketChannel.open(listener.getLocalAddress());
                var receiver = listener.accept()) {
            sender.configureBlocking(false);
            var chunk = new byte[64 * 1024];
            var pending = new PendingWrites(16L * 1024 * 1024);
            for (int i = 0; i < 128; i++) {
                Arrays.fill(chunk, (byte) i);
                assertTrue(pending.offer(ByteBuffer.wrap(chunk)), "8 MiB fit under a 16 MiB bound");
            }
            // The receiver does not read yet: the kernel's buffers fill and writes stop short.
            pending.writeTo(sender);
            assertFalse(pending.isEmpty(), "8 MiB do not fit in the kernel's buffers of one connection");
            var received = ByteBuffer.allocate(128 * 64 * 1024);
            while (received.hasRemaining()) {
                receiver.read(received);
                pending.writeTo(sender);
            }
            assertTrue(pending.isEmpty(), "every byte written");
            for (int i = 0; i < 128; i++) {
                var expected = new byte[64 * 1024];
                Arrays.fill(expected, (byte) i);
                assertArrayEquals(expected, Arrays.copyOfRange(received.array(), i * 65536, (i + 1) * 65536),
                        "chunk " + i + " arrived whole and in order");
            }
        }
    }
}

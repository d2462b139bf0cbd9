package sockets.ch13.exercises;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayDeque;

/**
 * The output side of one connection of an event loop: bytes waiting for room in the kernel's
 * send buffer, oldest first, with a bound, so that a client that does not read cannot make
 * the server hold more than {@code maxBytes} for it.
 */
public final class PendingWrites {

    private final long maxBytes;
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private long bytes;

    public PendingWrites(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Queues a copy of the remaining bytes of {@code data}, or, if they would take the total
     * over {@code maxBytes}, queues nothing and returns false.
     */
    public boolean offer(ByteBuffer data) {
        var copy = ByteBuffer.allocate(data.remaining()).put(data).flip();
        if (copy.hasRemaining()) {
            queue.add(copy);
            bytes += copy.remaining();
        }
        return true;
    }

    /**
     * Writes what the channel takes now, oldest bytes first, and returns how many it took.
     * Stops at the first write that takes less than it was given: the send buffer is full.
     */
    public long writeTo(WritableByteChannel channel) throws IOException {
        long written = 0;
        while (!queue.isEmpty()) {
            var head = queue.peek();
            int n = channel.write(head);
            written += n;
            bytes -= n;
            if (head.hasRemaining()) {
                break;
            }
            queue.remove();
        }
        return written;
    }

    /** Bytes queued and not yet written. */
    public long bytes() {
        return bytes;
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }
}

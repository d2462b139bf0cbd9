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
        // TODO(exercise): copy the bytes into the queue, unless the bound says no.
        throw new UnsupportedOperationException("PendingWrites.offer is not written yet");
    }

    /**
     * Writes what the channel takes now, oldest bytes first, and returns how many it took.
     * Stops at the first write that takes less than it was given: the send buffer is full.
     */
    public long writeTo(WritableByteChannel channel) throws IOException {
        // TODO(exercise): write oldest first; stop when the channel takes less than it is given.
        throw new UnsupportedOperationException("PendingWrites.writeTo is not written yet");
    }

    /** Bytes queued and not yet written. */
    public long bytes() {
        // TODO(exercise): bytes queued and not yet written.
        throw new UnsupportedOperationException("PendingWrites.bytes is not written yet");
    }

    public boolean isEmpty() {
        // TODO(exercise): true when nothing waits.
        throw new UnsupportedOperationException("PendingWrites.isEmpty is not written yet");
    }
}

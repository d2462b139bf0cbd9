package sockets.ch13;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * One client's output: the echoes the kernel has not taken yet, oldest first. A blocking
 * write(2) waits until the kernel has taken every byte; a non-blocking one takes what fits
 * and returns, so what did not fit must wait here, per client, for the next chance.
 */
final class Outbox {

    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private int unsent;

    void add(byte[] bytes) {
        if (bytes.length > 0) {
            queue.add(ByteBuffer.wrap(bytes));
            unsent += bytes.length;
        }
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Bytes waiting to be sent: what this client costs the server beyond its input. */
    int unsent() {
        return unsent;
    }

    // tag::write[]
    /** Writes as much as the kernel takes now; returns how many bytes it took. */
    int writeTo(SocketChannel channel) throws IOException {
        int written = 0;
        while (!queue.isEmpty()) {
            var head = queue.peek();
            // write(2) on a non-blocking socket: copies what fits in the send buffer and
            // returns at once, with fewer bytes than asked, or 0, when it is full.
            int n = channel.write(head);
            written += n;
            unsent -= n;
            if (head.hasRemaining()) {
                // A partial write: the send buffer is full, the rest waits here.
                break;
            }
            queue.remove();
        }
        return written;
    }
    // end::write[]
}

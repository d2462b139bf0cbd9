package sockets.ch13;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * One client's output: the echoes the kernel has not taken yet, oldest first. A blocking
 * write(2) waits until the kernel has taken every byte; a non-blocking one takes what fits
 * and returns, so what did not fit must wait here, per client, for the next chance.
 */
final class Outbox {

    // One buffer, filled from its start: the bytes before its position wait for write(2).
    // Echoes are copied straight in from the input, so a line costs no allocation. It starts
    // small, since most clients have one short line in flight, and doubles when a client
    // falls behind; backpressure (Limits.maxUnsent) keeps it under 128 KiB. Direct, as the
    // input is: write(2) sends from it in place, without a copy through a temporary one.
    private ByteBuffer bytes = ByteBuffer.allocateDirect(512);

    void add(byte[] from) {
        add(ByteBuffer.wrap(from), 0, from.length);
    }

    void add(byte one) {
        makeRoom(1);
        bytes.put(one);
    }

    /** Appends {@code length} bytes of {@code from}, from index {@code offset} on. */
    void add(ByteBuffer from, int offset, int length) {
        makeRoom(length);
        bytes.put(bytes.position(), from, offset, length);
        bytes.position(bytes.position() + length);
    }

    private void makeRoom(int length) {
        if (bytes.remaining() < length) {
            var bigger = ByteBuffer.allocateDirect(
                    Math.max(2 * bytes.capacity(), bytes.position() + length));
            bytes = bigger.put(bytes.flip());
        }
    }

    boolean isEmpty() {
        return bytes.position() == 0;
    }

    /** Bytes waiting to be sent: what this client costs the server beyond its input. */
    int unsent() {
        return bytes.position();
    }

    // tag::write[]
    /** Writes as much as the kernel takes now; returns how many bytes it took. */
    int writeTo(WritableByteChannel channel) throws IOException {
        bytes.flip();
        // write(2) on a non-blocking socket: copies what fits in the send buffer and
        // returns at once, with fewer bytes than asked, or 0, when it is full.
        int written = channel.write(bytes);
        // After a partial write, what the kernel did not take moves to the front and
        // waits for the next chance; the buffer is ready to be filled again after it.
        bytes.compact();
        return written;
    }
    // end::write[]
}

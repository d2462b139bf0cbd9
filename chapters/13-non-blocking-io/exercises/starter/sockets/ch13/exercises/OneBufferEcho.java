package sockets.ch13.exercises;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One connection of an event loop that echoes every byte back, with a single buffer: what it
 * has read and not yet written back. The loop calls {@link #onReadable} when the key is
 * readable and {@link #onWritable} when it is writable; the key's interest set decides which
 * of the two can come next.
 */
public final class OneBufferEcho {

    private final ByteBuffer buffer;

    /** @param capacity the buffer's size: the most this connection reads before it writes */
    public OneBufferEcho(int capacity) {
        buffer = ByteBuffer.allocate(capacity);
    }

    /**
     * Bytes have arrived, or the client's end of stream: read them and write them back. If the
     * kernel does not take them all, read nothing more until they are out.
     */
    public void onReadable(SelectionKey key) throws IOException {
        var channel = (SocketChannel) key.channel();
        // TODO(exercise): read into the buffer; echo what you can; tell the key what comes next.
        throw new UnsupportedOperationException("OneBufferEcho.onReadable is not written yet");
    }

    /** The send buffer has room again: write what waits; once it is all out, read again. */
    public void onWritable(SelectionKey key) throws IOException {
        // TODO(exercise): write what waits; tell the key what comes next.
        throw new UnsupportedOperationException("OneBufferEcho.onWritable is not written yet");
    }
}

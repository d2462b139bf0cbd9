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
        if (channel.read(buffer) == 0) {
            // Nothing to read: the client has gone.
            channel.close();
            return;
        }
        buffer.flip();
        writeWaiting(key);
    }

    /** The send buffer has room again: write what waits; once it is all out, read again. */
    public void onWritable(SelectionKey key) throws IOException {
        writeWaiting(key);
    }

    private void writeWaiting(SelectionKey key) throws IOException {
        ((SocketChannel) key.channel()).write(buffer);
        if (buffer.hasRemaining()) {
            // The send buffer is full and ours holds unsent bytes: no room to read into, and
            // nothing to do until the kernel has room. Ask for exactly that.
            key.interestOps(SelectionKey.OP_WRITE);
        } else {
            // All out. Not OP_WRITE: a socket with room is always writable, the loop would spin.
            buffer.clear();
            key.interestOps(SelectionKey.OP_READ);
        }
    }
}

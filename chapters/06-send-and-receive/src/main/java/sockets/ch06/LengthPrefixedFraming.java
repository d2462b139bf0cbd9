package sockets.ch06;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * Messages with a length in front: a 4-byte big-endian (network byte order) length, then that
 * many bytes. Any byte may be in a message, newlines too; the reader knows where it ends
 * before it reads it, and refuses a length over {@code maxSize} before it buffers anything.
 */
record LengthPrefixedFraming(int maxSize) implements Framing {

    /** The largest frame the echo server takes: 1 MiB. */
    static final int MAX_FRAME = 1 << 20;

    // tag::read[]
    @Override
    public byte[] read(InputStream in) throws IOException {
        // readNBytes loops over read() until it has all it asked for or the stream ends:
        // the four bytes of the length may themselves arrive in four reads.
        var header = in.readNBytes(4);
        if (header.length == 0) {
            return null;
        }
        if (header.length < 4) {
            throw new EOFException("the stream ended inside the 4-byte length of a frame");
        }
        // Big-endian, as ntohl(3) reads it in C: the first byte is the most significant.
        int length = ByteBuffer.wrap(header).getInt();
        // A length over 2 GiB looks negative to Java's signed int: too large as well.
        if (length < 0 || length > maxSize) {
            throw new TooLarge("a frame may have at most " + maxSize + " bytes, not "
                    + Integer.toUnsignedString(length));
        }
        var message = in.readNBytes(length);
        if (message.length < length) {
            throw new EOFException("the stream ended after " + message.length + " of the "
                    + length + " bytes of a frame");
        }
        return message;
    }
    // end::read[]

    // tag::write[]
    @Override
    public void write(OutputStream out, byte[] message) throws IOException {
        if (message.length > maxSize) {
            throw new IllegalArgumentException(
                    "a frame may have at most " + maxSize + " bytes");
        }
        // putInt writes big-endian: htonl(3) done by ByteBuffer.
        out.write(ByteBuffer.allocate(4).putInt(message.length).array());
        out.write(message);
    }
    // end::write[]
}

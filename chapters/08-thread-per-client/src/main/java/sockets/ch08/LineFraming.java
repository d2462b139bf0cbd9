package sockets.ch08;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The echo protocol's messages, as in chapter 06: a line ends with {@code \n}, a {@code \r}
 * before it is dropped, and a line may have at most {@link #MAX_LINE} bytes. The reader holds
 * no more than that of a line, whatever the peer sends. Copied here, so that this chapter's
 * programs need nothing but the JDK.
 */
final class LineFraming {

    /** The longest line the echo server takes, in bytes, without its line end. */
    static final int MAX_LINE = 1024;

    /** A line over the limit: the reader stops before it buffers it. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("a line may have at most " + MAX_LINE + " bytes");
        }
    }

    private LineFraming() {
    }

    /** Reads one line without its end, or returns null at a clean end of stream. */
    static byte[] read(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        while (true) {
            // From a buffered stream: read(2) happens only when its buffer is empty, and
            // returns whatever has arrived, maybe half a line, maybe three.
            int b = in.read();
            if (b == -1) {
                // The peer's FIN. Between lines it is a clean end; a last line without
                // its \n is still a line.
                return line.size() == 0 ? null : withoutCarriageReturn(line.toByteArray());
            }
            if (b == '\n') {
                return withoutCarriageReturn(line.toByteArray());
            }
            // One byte of room for a \r that may come before the \n.
            if (line.size() == MAX_LINE + 1) {
                throw new TooLong();
            }
            line.write(b);
        }
    }

    private static byte[] withoutCarriageReturn(byte[] line) throws TooLong {
        int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        if (length > MAX_LINE) {
            throw new TooLong();
        }
        return Arrays.copyOf(line, length);
    }

    /** Writes the line and its {@code \n}; the caller flushes. */
    static void write(OutputStream out, byte[] line) throws IOException {
        out.write(line);
        out.write('\n');
    }
}

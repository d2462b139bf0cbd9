package sockets.ch12;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The echo's lines, read from the byte stream one byte at a time up to the \n, with a bound:
 * a peer that never sends \n cannot make the server hold more than one line's bytes. Give it
 * a buffered stream, or each byte costs a read(2) of its own.
 */
final class LineReader {

    /** The longest line echoed, in bytes, without its \n. */
    static final int MAX_LINE = 1024;

    private LineReader() {
    }

    /** Reads one line without its \n (and \r), or null at a clean end of stream. */
    static byte[] readLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; line.write(b)) {
            if (b == -1) {
                // The peer's FIN: a clean end between lines, or a last line without \n.
                return line.size() == 0 ? null : withoutReturn(line.toByteArray());
            }
            // One byte of room for a \r before the \n; no more, whatever the peer sends.
            if (line.size() > MAX_LINE) {
                throw new LineTooLong();
            }
        }
        return withoutReturn(line.toByteArray());
    }

    private static byte[] withoutReturn(byte[] line) throws LineTooLong {
        var length = line.length - (line.length > 0 && line[line.length - 1] == '\r' ? 1 : 0);
        if (length > MAX_LINE) {
            throw new LineTooLong();
        }
        return Arrays.copyOf(line, length);
    }

    static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLong() {
            super("a line may have at most " + MAX_LINE + " bytes");
        }
    }
}

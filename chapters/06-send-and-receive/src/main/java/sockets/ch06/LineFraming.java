package sockets.ch06;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Messages as lines: each ends with {@code \n}, and a {@code \r} before it is dropped, so
 * that {@code \r\n} from telnet or Windows tools ends a line too. The reader holds at most
 * {@code maxLength} bytes of a line, whatever the peer sends.
 */
record LineFraming(int maxLength) implements Framing {

    /** The longest line the echo server takes, in bytes, without its line end. */
    static final int MAX_LINE = 1024;

    // tag::read[]
    @Override
    public byte[] read(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        while (true) {
            // One byte at a time from a buffered stream: a read(2) happens only when its
            // buffer is empty, and it returns whatever has arrived, maybe half a line.
            int b = in.read();
            if (b == -1) {
                // -1 is end of stream: the peer sent FIN. At a line boundary that is a
                // clean end; after part of a line, the last line had no \n: keep it.
                return line.size() == 0 ? null : withoutCarriageReturn(line.toByteArray());
            }
            if (b == '\n') {
                return withoutCarriageReturn(line.toByteArray());
            }
            // One byte of room for a \r that may come before the \n.
            if (line.size() == maxLength + 1) {
                throw tooLong();
            }
            line.write(b);
        }
    }
    // end::read[]

    private byte[] withoutCarriageReturn(byte[] line) throws TooLarge {
        int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        if (length > maxLength) {
            throw tooLong();
        }
        return java.util.Arrays.copyOf(line, length);
    }

    private TooLarge tooLong() {
        return new TooLarge("a line may have at most " + maxLength + " bytes");
    }

    // tag::write[]
    @Override
    public void write(OutputStream out, byte[] message) throws IOException {
        for (byte b : message) {
            if (b == '\n') {
                throw new IllegalArgumentException("a line cannot contain a newline");
            }
        }
        // One write(2) for the line and its newline: two writes may leave as two segments
        // (the second held back by Nagle's algorithm), and the second fails with EPIPE when
        // the peer has already closed, hiding the reply it sent before it went.
        var line = Arrays.copyOf(message, message.length + 1);
        line[message.length] = '\n';
        out.write(line);
    }
    // end::write[]
}

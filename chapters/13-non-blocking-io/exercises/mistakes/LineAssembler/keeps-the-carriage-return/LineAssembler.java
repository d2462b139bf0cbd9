package sockets.ch13.exercises;

import java.io.ByteArrayOutputStream;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes in, whole lines out: what an event loop needs for each connection, because a
 * non-blocking read(2) returns whatever has arrived, a line and a half or one byte.
 */
public final class LineAssembler {

    private final int maxLine;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    /** @param maxLine the longest line, in bytes, without its {@code \n} or {@code \r\n} */
    public LineAssembler(int maxLine) {
        this.maxLine = maxLine;
    }

    /**
     * Takes every remaining byte of {@code bytes} and returns the lines they complete, in
     * order, without their line ends, decoded as UTF-8. Keeps an incomplete line for the next
     * call. Throws as soon as a line is longer than {@code maxLine}.
     */
    public List<String> feed(ByteBuffer bytes) throws ProtocolException {
        var lines = new ArrayList<String>();
        while (bytes.hasRemaining()) {
            byte b = bytes.get();
            if (b == '\n') {
                var line = partial.toByteArray();
                int length = line.length;
                if (length > maxLine) {
                    throw tooLong();
                }
                lines.add(new String(line, 0, length, StandardCharsets.UTF_8));
                partial.reset();
            } else if (partial.size() == maxLine) {
                throw tooLong();
            } else {
                partial.write(b);
            }
        }
        return lines;
    }

    /** How many bytes of an incomplete line are held: never more than maxLine + 1. */
    public int pending() {
        return partial.size();
    }

    private ProtocolException tooLong() {
        return new ProtocolException("a line may have at most " + maxLine + " bytes");
    }
}

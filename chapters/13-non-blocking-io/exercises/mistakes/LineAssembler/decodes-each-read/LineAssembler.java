package sockets.ch13.exercises;

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
    private final StringBuilder partial = new StringBuilder();

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
        var text = StandardCharsets.UTF_8.decode(bytes);
        while (text.hasRemaining()) {
            char c = text.get();
            if (c == '\n') {
                int length = partial.length() > 0 && partial.charAt(partial.length() - 1) == '\r'
                        ? partial.length() - 1 : partial.length();
                if (length > maxLine) {
                    throw tooLong();
                }
                lines.add(partial.substring(0, length));
                partial.setLength(0);
            } else if (partial.length() == maxLine + 1) {
                // Room for one \r after a full line, and no more.
                throw tooLong();
            } else {
                partial.append(c);
            }
        }
        return lines;
    }

    /** How many bytes of an incomplete line are held: never more than maxLine + 1. */
    public int pending() {
        return partial.length();
    }

    private ProtocolException tooLong() {
        return new ProtocolException("a line may have at most " + maxLine + " bytes");
    }
}

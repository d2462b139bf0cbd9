package sockets.ch16;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The line-shaped parts of RESP: headers such as {@code *3} and {@code $5}, and inline commands. */
final class Lines {

    private Lines() {
    }

    /**
     * The line at the start of {@code in}, without its {@code \r\n} (or bare {@code \n}), or null
     * when its end has not come yet. A line longer than {@code max} is an error at once: the
     * client cannot make the server buffer it for ever.
     */
    static String take(ByteBuffer in, int max, String tooLong) throws CommandParser.ProtocolError {
        int start = in.position();
        int end = in.limit();
        for (int i = start; i < end; i++) {
            if (in.get(i) == '\n') {
                int length = i - start;
                if (length > 0 && in.get(i - 1) == '\r') {
                    length--;
                }
                if (length > max) {
                    throw new CommandParser.ProtocolError(tooLong);
                }
                // ISO-8859-1 maps each byte to one char and back: nothing is lost or checked.
                var line = new String(in.array(), in.arrayOffset() + start, length,
                        StandardCharsets.ISO_8859_1);
                in.position(i + 1);
                return line;
            }
        }
        if (end - start > max) {
            throw new CommandParser.ProtocolError(tooLong);
        }
        return null;
    }

    /** The decimal number in {@code line} from index {@code from}, or Long.MIN_VALUE if it is none. */
    static long number(String line, int from) {
        if (line.length() <= from || line.length() - from > 19) {
            return Long.MIN_VALUE;
        }
        try {
            return Long.parseLong(line, from, line.length(), 10);
        } catch (NumberFormatException notANumber) {
            return Long.MIN_VALUE;
        }
    }
}

package sockets.ch16;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An inline command, what a person types into nc or telnet: words split at spaces, and quotes
 * for a word with spaces in it ({@code SET greeting "hello world"}), read as Redis 7.0 reads
 * them (sds.c, sdssplitargs). In double quotes, C's escapes and {@code \xHH} for any byte; in
 * single quotes, only {@code \'}. A quote may open in the middle of a word ({@code a"b c"} is
 * {@code ab c}), and a closing quote must end it.
 */
final class InlineCommand {

    private InlineCommand() {
    }

    static List<byte[]> split(String line) throws CommandParser.ProtocolError {
        // sdssplitargs reads a C string: a NUL ends the line there. (Redis 7.0 itself never gets
        // so far: its strchr for the line's \n stops at the NUL too, and it waits for more.)
        int nul = line.indexOf('\0');
        var rest = nul < 0 ? line : line.substring(0, nul);
        var words = new ArrayList<byte[]>();
        int i = 0;
        while (true) {
            while (i < rest.length() && blank(rest.charAt(i))) {
                i++;
            }
            if (i == rest.length()) {
                return words;
            }
            var word = new ByteArrayOutputStream();
            char quote = 0;
            while (true) {
                if (i == rest.length()) {
                    if (quote != 0) {
                        throw new CommandParser.ProtocolError("unbalanced quotes in request");
                    }
                    break;
                }
                char c = rest.charAt(i++);
                if (quote == 0) {
                    // Unquoted, a word ends at these four only, as in Redis, not at every blank.
                    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                        break;
                    }
                    if (c == '"' || c == '\'') {
                        quote = c;
                    } else {
                        word.write(c);
                    }
                } else if (c == quote) {
                    // A closing quote must end the word: "a"b is a mistake, as in Redis.
                    if (i < rest.length() && !blank(rest.charAt(i))) {
                        throw new CommandParser.ProtocolError("unbalanced quotes in request");
                    }
                    break;
                } else if (c == '\\' && quote == '\'' && i < rest.length() && rest.charAt(i) == '\'') {
                    word.write(rest.charAt(i++));       // 'it\'s': the one escape in single quotes
                } else if (c == '\\' && quote == '"' && i < rest.length()) {
                    i = escape(rest, i, word);
                } else {
                    word.write(c);                      // a backslash last: unbalanced, next turn
                }
            }
            words.add(word.toByteArray());
        }
    }

    /** The escape after a backslash at {@code at - 1}, in double quotes; returns where to go on. */
    private static int escape(String line, int at, ByteArrayOutputStream word) {
        char c = line.charAt(at);
        if (c == 'x' && at + 2 < line.length() && hex(line.charAt(at + 1)) && hex(line.charAt(at + 2))) {
            word.write(HexFormat.fromHexDigits(line, at + 1, at + 3));   // \xff: the byte 0xff
            return at + 3;
        }
        word.write(switch (c) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'a' -> 7;                              // C's \a, the bell
            default -> c;                               // \" and \\ and any other: itself
        });
        return at + 1;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** C's isspace: the blanks skipped between words and allowed after a closing quote. */
    private static boolean blank(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}

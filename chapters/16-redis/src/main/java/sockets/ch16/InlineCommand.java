package sockets.ch16;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An inline command, what a person types into nc or telnet: words split at spaces, and quotes
 * for a word with spaces in it ({@code SET greeting "hello world"}), as Redis reads them.
 */
final class InlineCommand {

    private InlineCommand() {
    }

    static List<byte[]> split(String line) throws CommandParser.ProtocolError {
        var words = new ArrayList<byte[]>();
        int i = 0;
        while (true) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i == line.length()) {
                return words;
            }
            var word = new ByteArrayOutputStream();
            char quote = line.charAt(i) == '"' || line.charAt(i) == '\'' ? line.charAt(i++) : 0;
            while (true) {
                if (i == line.length()) {
                    if (quote != 0) {
                        throw new CommandParser.ProtocolError("unbalanced quotes in request");
                    }
                    break;
                }
                char c = line.charAt(i++);
                if (quote == 0 && Character.isWhitespace(c)) {
                    break;
                }
                if (c == quote) {
                    // A closing quote must end the word: "a"b is a mistake, as in Redis.
                    if (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                        throw new CommandParser.ProtocolError("unbalanced quotes in request");
                    }
                    break;
                }
                if (c == '\\' && quote == '"' && i < line.length()) {
                    c = switch (line.charAt(i++)) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        default -> line.charAt(i - 1);
                    };
                }
                word.write(c);
            }
            words.add(word.toByteArray());
        }
    }
}

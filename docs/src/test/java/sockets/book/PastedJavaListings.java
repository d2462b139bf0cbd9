package sockets.book;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds Java listings whose code is typed into the AsciiDoc instead of included by tag from
 * a compiled, tested source file. Pasted code drifts from the code that runs; included code
 * cannot.
 */
final class PastedJavaListings {

    /** [source,java], [source, java, indent=0], or the short form [,java]. */
    private static final Pattern JAVA_SOURCE_STYLE =
            Pattern.compile("^\\[(?:source)?\\s*,\\s*java\\b[^\\]]*\\]\\s*$");
    /** A block title (.Title), an id or role line ([#id]), or a comment between style and body. */
    private static final Pattern BLOCK_METADATA =
            Pattern.compile("^(?:\\.[^.\\s].*|\\[.*\\]|//.*)$");
    private static final Pattern LISTING_DELIMITER = Pattern.compile("^-{4,}\\s*$");
    private static final Pattern INCLUDE = Pattern.compile("^include::\\S.*\\[.*\\]\\s*$");

    private PastedJavaListings() {
    }

    /** One line per offending body line: "line N: text", numbered from 1. */
    static List<String> in(String asciidoc) {
        var lines = asciidoc.lines().toList();
        var offences = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            if (!JAVA_SOURCE_STYLE.matcher(lines.get(i)).matches()) {
                continue;
            }
            int start = i + 1;
            while (start < lines.size() && BLOCK_METADATA.matcher(lines.get(start)).matches()) {
                start++;
            }
            if (start >= lines.size()) {
                break;
            }
            var opening = lines.get(start);
            // A delimited block ends at the same delimiter; the one-paragraph form at a blank line.
            boolean delimited = LISTING_DELIMITER.matcher(opening).matches();
            int line = delimited ? start + 1 : start;
            for (; line < lines.size(); line++) {
                var text = lines.get(line);
                if (delimited ? text.strip().equals(opening.strip()) : text.isBlank()) {
                    break;
                }
                if (!text.isBlank() && !INCLUDE.matcher(text).matches()) {
                    offences.add("line " + (line + 1) + ": " + text);
                }
            }
            i = line;
        }
        return offences;
    }
}

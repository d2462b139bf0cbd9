package sockets.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds code in hints longer than a signature. A hint tier sketches the shape in words and a
 * few signatures; the code itself is {@code ./workbook check NN --show-solution}, after a pass.
 * A listing ({@code ----}) or literal ({@code ....}) block inside a hint may hold
 * {@link #MAX_LINES} lines at most: a signature, a call, a line of bytes on the wire.
 */
final class HintListings {

    static final int MAX_LINES = 2;

    private static final Pattern HINT_START = Pattern.compile("^//\\s*tag::hint-([\\w$]+?)(?:-(\\d{1,3}))?\\[]\\s*$");
    private static final Pattern HINT_END = Pattern.compile("^//\\s*end::hint-[\\w$]+?(?:-\\d{1,3})?\\[]\\s*$");
    private static final Pattern CODE_DELIMITER = Pattern.compile("^(-{4,}|\\.{4,})$");

    private HintListings() {
    }

    /** One sentence per block of code too long, naming the hint and the line it starts on. */
    static List<String> tooLong(List<String> lines) {
        var problems = new ArrayList<String>();
        String hint = null;
        String delimiter = null;
        int blockStart = 0;
        int blockLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (hint == null) {
                var start = HINT_START.matcher(line);
                if (start.matches()) {
                    hint = start.group(1) + (start.group(2) == null ? "" : " tier " + start.group(2));
                }
                continue;
            }
            if (delimiter != null) {
                if (line.equals(delimiter)) {
                    if (blockLines > MAX_LINES) {
                        problems.add("the hint of " + hint + " shows " + blockLines + " lines of code (exercises.adoc:"
                                + blockStart + "): a hint sketches the shape in words and at most " + MAX_LINES
                                + " lines of signatures; the code is --show-solution, after a pass");
                    }
                    delimiter = null;
                } else if (!line.isEmpty()) {
                    blockLines++;
                }
                continue;
            }
            if (HINT_END.matcher(line).matches()) {
                hint = null;
            } else if (CODE_DELIMITER.matcher(line).matches()) {
                delimiter = line;
                blockStart = i + 1;
                blockLines = 0;
            }
        }
        return problems;
    }
}

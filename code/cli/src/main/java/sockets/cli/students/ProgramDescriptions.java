package sockets.cli.students;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sockets.cli.Chapter;

/**
 * What each program of a chapter does, for {@code list} and for a mistyped program's name: the
 * first sentence of the javadoc just before its class, without "Chapter NN:" or "Chapter NN's
 * demo:" (the list says the chapter), or the first two when the first is one word.
 */
final class ProgramDescriptions {

    private static final int LONGEST = 90;

    private ProgramDescriptions() {
    }

    /** The chapter's programs, one a line: {@code *} for the default, the name, what it does. */
    static List<String> lines(Chapter chapter) {
        var lines = new ArrayList<String>();
        for (var program : chapter.programs().values()) {
            var source = chapter.directory().resolve("src/main/java/" + program.mainClass().replace('.', '/') + ".java");
            lines.add("    %s %-12s %s".formatted(lines.isEmpty() ? "*" : " ", program.name(), of(source)).stripTrailing());
        }
        return lines;
    }

    /** The first sentence of the class's javadoc; "" when the file or the comment is missing. */
    static String of(Path source) {
        if (!Files.isRegularFile(source)) {
            return "";
        }
        try {
            var doc = new StringBuilder();
            var last = "";
            boolean inside = false;
            for (var line : Files.readAllLines(source)) {
                if (line.startsWith("/**") && line.contains("*/")) {
                    last = line.substring(3, line.indexOf("*/"));
                } else if (line.startsWith("/**")) {
                    doc.setLength(0);
                    inside = true;
                } else if (inside && line.contains("*/")) {
                    inside = false;
                    last = doc.toString();
                } else if (inside) {
                    doc.append(' ').append(line.replaceFirst("^\\s*\\*\\s?", ""));
                } else if (line.matches("(public |final |abstract )*(class|record|enum|interface) .*")) {
                    return firstSentence(last);
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    static String firstSentence(String javadoc) {
        var text = javadoc.replaceAll("\\{@(code|link|linkplain) ", "").replace("}", "").replaceAll("<[^>]*>", "")
                .stripLeading().replaceFirst("^Chapter [0-9]+('s [a-z]+[^:]*:|:) *", "");
        int end = text.indexOf(". ");
        var first = end >= 0 ? text.substring(0, end + 1) : text;
        if (end >= 0 && !first.contains(" ")) {
            var rest = text.substring(end + 2);
            int next = rest.indexOf(". ");
            first = next >= 0 ? rest.substring(0, next + 1) : rest;
        }
        if (first.length() > LONGEST) {
            first = first.substring(0, LONGEST - 3).replaceFirst(" [^ ]*$", "") + "...";
        }
        return first.isEmpty() ? "" : Character.toUpperCase(first.charAt(0)) + first.substring(1);
    }
}

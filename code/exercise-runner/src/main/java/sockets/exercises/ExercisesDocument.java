package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A chapter's {@code exercises.adoc}: per exercise a section (its heading names the exercise)
 * holding the task, and the hint between {@code // tag::hint-Name[]} and
 * {@code // end::hint-Name[]}, which the book includes and the runner prints as plain text.
 */
public final class ExercisesDocument {

    private static final Pattern HEADING = Pattern.compile("^(={2,6})\\s+(.+)$");
    private static final Pattern HINT_START = Pattern.compile("^//\\s*tag::hint-([\\w$]+)\\[]\\s*$");
    private static final Pattern HINT_END = Pattern.compile("^//\\s*end::hint-([\\w$]+)\\[]\\s*$");

    private final List<Section> sections;
    private final Map<String, String> hints;

    private record Section(String heading, List<String> body) {
        boolean names(String exercise) {
            return Pattern.compile("\\b" + Pattern.quote(exercise) + "\\b").matcher(heading).find();
        }
    }

    private ExercisesDocument(List<Section> sections, Map<String, String> hints) {
        this.sections = sections;
        this.hints = hints;
    }

    public static ExercisesDocument load(Path file) {
        if (!Files.isRegularFile(file)) {
            return parse(List.of());
        }
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static ExercisesDocument parse(List<String> lines) {
        var sections = new ArrayList<Section>();
        var hints = new LinkedHashMap<String, String>();
        Section current = null;
        String hintName = null;
        var hint = new ArrayList<String>();
        for (var line : lines) {
            var start = HINT_START.matcher(line.strip());
            var end = HINT_END.matcher(line.strip());
            if (start.matches()) {
                hintName = start.group(1);
                hint.clear();
                continue;
            }
            if (end.matches() && end.group(1).equals(hintName)) {
                hints.put(hintName, PlainText.of(hint));
                hintName = null;
                continue;
            }
            if (hintName != null) {
                hint.add(line);
                continue;
            }
            var heading = HEADING.matcher(line);
            if (heading.matches()) {
                current = new Section(heading.group(2).strip(), new ArrayList<>());
                sections.add(current);
            } else if (current != null) {
                current.body().add(line);
            }
        }
        return new ExercisesDocument(sections, hints);
    }

    public Optional<String> hint(String exercise) {
        return Optional.ofNullable(hints.get(exercise)).filter(text -> !text.isBlank());
    }

    /** The task: the text of the section whose heading names the exercise, without its hint. */
    public Optional<String> task(String exercise) {
        return sections.stream().filter(section -> section.names(exercise)).findFirst()
                .map(section -> PlainText.of(section.body()))
                .filter(text -> !text.isBlank());
    }

    /** Where the exercise's section starts in the document, for listing exercises in book order. */
    private int position(String exercise) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).names(exercise)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The names sorted as the book presents them; names it does not mention come last. */
    public List<String> inBookOrder(List<String> exercises) {
        return exercises.stream().sorted(java.util.Comparator.comparingInt(this::position)).toList();
    }

    /** AsciiDoc made readable in a terminal: markup that means nothing there is dropped. */
    static final class PlainText {

        private static final Pattern BLOCK_DELIMITER = Pattern.compile("^(-{4,}|={4,}|\\*{4,}|_{4,}|\\.{4,}|\\+{4,}|\\|===)$");
        private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[[^\\]]*]$");
        private static final Pattern LINK = Pattern.compile("(?:link:|xref:)(\\S+?)\\[([^\\]]*)]|(https?://[^\\s\\[]+)\\[([^\\]]*)]");
        private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.(\\p{L}.*)$");
        private static final Pattern CROSS_REFERENCE = Pattern.compile("<<[^,>]+,\\s*([^>]+)>>|<<([^>]+)>>");
        private static final Pattern STRONG = Pattern.compile("\\*([^*\\s][^*]*)\\*");

        private PlainText() {
        }

        static String of(List<String> lines) {
            var out = new ArrayList<String>();
            for (var raw : lines) {
                var line = raw.stripTrailing();
                var trimmed = line.strip();
                if (trimmed.startsWith("//") || trimmed.equals("+") || BLOCK_DELIMITER.matcher(trimmed).matches()
                        || BLOCK_ATTRIBUTES.matcher(trimmed).matches()) {
                    continue;
                }
                line = CROSS_REFERENCE.matcher(line).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
                line = BLOCK_TITLE.matcher(line).replaceAll("$1");
                line = LINK.matcher(line).replaceAll(m -> {
                    var target = m.group(1) != null ? m.group(1) : m.group(3);
                    var text = m.group(1) != null ? m.group(2) : m.group(4);
                    return java.util.regex.Matcher.quoteReplacement(text.isBlank() ? target : text + " (" + target + ")");
                });
                line = STRONG.matcher(line).replaceAll("$1");
                line = line.replaceFirst("^(TIP|NOTE|IMPORTANT|WARNING|CAUTION): ", "");
                out.add(line);
            }
            while (!out.isEmpty() && out.getFirst().isBlank()) {
                out.removeFirst();
            }
            while (!out.isEmpty() && out.getLast().isBlank()) {
                out.removeLast();
            }
            return String.join("\n", out).replaceAll("\\n{3,}", "\n\n");
        }
    }
}

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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A chapter's {@code exercises.adoc}: per exercise a section (its heading names the exercise)
 * holding the task, and its hints, which the book includes and the runner prints as plain text.
 *
 * <p>Hints come in tiers, each between {@code // tag::hint-Name-N[]} and
 * {@code // end::hint-Name-N[]} inside a collapsible block, so that the book shows only their
 * titles until the reader opens one: tier 1 the idea, 2 the API to use, 3 the shape of the
 * code. The older form, one hint between {@code // tag::hint-Name[]} and
 * {@code // end::hint-Name[]}, is read as a single tier.
 */
public final class ExercisesDocument {

    private static final Pattern HEADING = Pattern.compile("^(={2,6})\\s+(.+)$");
    private static final Pattern HINT_START = Pattern.compile("^//\\s*tag::hint-([\\w$]+?)(?:-(\\d{1,3}))?\\[]\\s*$");
    private static final Pattern HINT_END = Pattern.compile("^//\\s*end::hint-([\\w$]+?)(?:-(\\d{1,3}))?\\[]\\s*$");
    private static final Pattern COLLAPSIBLE = Pattern.compile("^\\[[^\\]]*%collapsible[^\\]]*]$");
    private static final Pattern EXAMPLE_DELIMITER = Pattern.compile("^={4,}$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.(\\p{L}.*)$");
    /**
     * {@code // points::BatchClient[2]}: what the exercise is worth in a grade, beside its hints;
     * {@code // points::BatchClient[4] per-test}: a share of it for each of its tests that passes.
     */
    private static final Pattern POINTS = Pattern.compile("^//\\s*points::([\\w$]+)\\[(\\d{1,4})](\\s+per-test)?\\s*$");
    /** The legacy single hint's tier number in {@link #hints}; tiers proper count from 1. */
    private static final int SINGLE = 0;

    private final List<Section> sections;
    private final Map<String, SortedMap<Integer, Hint>> hints;
    private final Map<String, Integer> points = new java.util.HashMap<>();
    private final java.util.Set<String> perTest = new java.util.HashSet<>();

    /**
     * One tier of an exercise's hints.
     *
     * @param tier        1 for the first; the single hint of the older form is tier 1 as well
     * @param title       the title of the block around it in the book, "" if it has none
     * @param text        the hint as plain text
     * @param collapsible whether the book folds it away until the reader opens it
     */
    public record Hint(int tier, String title, String text, boolean collapsible) {

        /** The title without its "Hint 2:" prefix, which the runner numbers itself: "the API to use". */
        public String label() {
            return title.replaceFirst("(?i)^hint\\s*\\d*\\s*[:.,-]?\\s*", "").strip();
        }
    }

    private record Section(String heading, List<String> body) {
        boolean names(String exercise) {
            return Pattern.compile("\\b" + Pattern.quote(exercise) + "\\b").matcher(heading).find();
        }
    }

    private ExercisesDocument(List<Section> sections, Map<String, SortedMap<Integer, Hint>> hints) {
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
        var hints = new LinkedHashMap<String, SortedMap<Integer, Hint>>();
        Section current = null;
        String hintName = null;
        int hintTier = SINGLE;
        var hint = new ArrayList<String>();
        // The collapsible block the line is in (its delimiter), and the title and attributes
        // waiting for the next block to open.
        String openCollapsible = null;
        String collapsibleTitle = "";
        String pendingTitle = "";
        boolean pendingCollapsible = false;
        int pendingSince = -1;  // where in the section's body the waiting title or attributes began
        boolean blockMayStart = true;  // a line starting with a dot is a title only where a block may start
        var points = new java.util.HashMap<String, Integer>();
        var perTest = new java.util.HashSet<String>();
        for (var line : lines) {
            var stripped = line.strip();
            var worth = POINTS.matcher(stripped);
            if (worth.matches()) {
                points.put(worth.group(1), Integer.parseInt(worth.group(2)));
                if (worth.group(3) != null) {
                    perTest.add(worth.group(1));
                }
                continue;
            }
            var start = HINT_START.matcher(stripped);
            var end = HINT_END.matcher(stripped);
            if (hintName == null && start.matches()) {
                hintName = start.group(1);
                hintTier = start.group(2) == null ? SINGLE : Integer.parseInt(start.group(2));
                hint.clear();
                continue;
            }
            if (hintName != null && end.matches() && end.group(1).equals(hintName)
                    && (end.group(2) == null ? SINGLE : Integer.parseInt(end.group(2))) == hintTier) {
                boolean folded = openCollapsible != null;
                hints.computeIfAbsent(hintName, name -> new TreeMap<>()).put(hintTier, new Hint(
                        Math.max(hintTier, 1), folded ? collapsibleTitle : "", PlainText.of(hint), folded));
                hintName = null;
                continue;
            }
            if (hintName != null) {
                hint.add(line);
                continue;
            }
            // A folded block (the hints) is not part of the task: its title, attributes,
            // delimiters and content stay out of the section's body.
            boolean folded = openCollapsible != null;
            boolean title = blockMayStart && BLOCK_TITLE.matcher(stripped).matches();
            blockMayStart = stripped.isEmpty() || title || stripped.startsWith("[") || stripped.startsWith("//")
                    || EXAMPLE_DELIMITER.matcher(stripped).matches() || HEADING.matcher(line).matches();
            if (COLLAPSIBLE.matcher(stripped).matches() || title) {
                if (!pendingCollapsible && pendingTitle.isEmpty()) {
                    pendingSince = current == null ? -1 : current.body().size();
                }
                if (stripped.startsWith("[")) {
                    pendingCollapsible = true;
                } else {
                    pendingTitle = stripped.substring(1).strip();
                }
            } else if (EXAMPLE_DELIMITER.matcher(stripped).matches()) {
                if (stripped.equals(openCollapsible)) {
                    openCollapsible = null;
                    continue;
                }
                if (openCollapsible == null && pendingCollapsible) {
                    openCollapsible = stripped;
                    collapsibleTitle = pendingTitle;
                    if (current != null && pendingSince >= 0) {
                        current.body().subList(pendingSince, current.body().size()).clear();
                    }
                    folded = true;
                }
                pendingCollapsible = false;
                pendingTitle = "";
            } else if (!stripped.isEmpty() && !stripped.startsWith("//")) {
                pendingCollapsible = false;
                pendingTitle = "";
            }
            if (folded) {
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
        var document = new ExercisesDocument(sections, hints);
        document.points.putAll(points);
        document.perTest.addAll(perTest);
        return document;
    }

    /**
     * What the exercise scores when {@code passed} of its {@code total} tests pass: all its points
     * when every test passes; with {@code per-test} beside its points, its points times the share
     * of tests that pass, rounded down; otherwise nothing.
     */
    public int score(String exercise, int passed, int total) {
        if (total > 0 && passed == total) {
            return points(exercise);
        }
        return perTest.contains(exercise) && total > 0 ? points(exercise) * passed / total : 0;
    }

    /** What the exercise is worth in a grade: its {@code // points::X[N]} line, 1 without one. */
    public int points(String exercise) {
        return points.getOrDefault(exercise, 1);
    }

    /**
     * The exercise's hints in the order to show them: its tiers, or its one hint of the older
     * form; none when it has neither. Blank ones are left out.
     */
    public List<Hint> hints(String exercise) {
        var marked = hints.getOrDefault(exercise, new TreeMap<>());
        var tiers = marked.tailMap(1);
        return (tiers.isEmpty() ? marked : tiers).values().stream().filter(hint -> !hint.text().isBlank()).toList();
    }

    /**
     * What is wrong with the exercise's hints, for the chapter's author: none at all, both forms
     * at once, a tier missing or empty, or a tier the book would show unfolded.
     */
    public Optional<String> hintProblem(String exercise) {
        var marked = hints.getOrDefault(exercise, new TreeMap<>());
        var tiers = marked.tailMap(1);
        if (marked.isEmpty()) {
            return Optional.of(exercise + " has no hint: exercises.adoc needs its tiers between // tag::hint-"
                    + exercise + "-1[] and // end::hint-" + exercise + "-1[] (then -2, -3), each in a [%collapsible] "
                    + "block, or one hint between // tag::hint-" + exercise + "[] and // end::hint-" + exercise + "[]");
        }
        if (!tiers.isEmpty() && marked.containsKey(SINGLE)) {
            return Optional.of(exercise + " has both a single hint (hint-" + exercise + ") and tiered hints (hint-"
                    + exercise + "-N): keep the tiers");
        }
        if (!tiers.isEmpty() && tiers.lastKey() != tiers.size()) {
            return Optional.of(exercise + "'s hints are numbered " + tiers.keySet()
                    + ": number them 1, 2, 3... without a gap");
        }
        for (var hint : marked.values()) {
            var which = marked.containsKey(SINGLE) ? exercise + "'s hint" : exercise + "'s hint " + hint.tier();
            if (hint.text().isBlank()) {
                return Optional.of(which + " is empty");
            }
            if (!tiers.isEmpty() && !hint.collapsible()) {
                return Optional.of(which + " is not inside a [%collapsible] block: the book would show it "
                        + "unfolded under the task");
            }
        }
        return Optional.empty();
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
        /** The book's index terms: hidden ones vanish, visible ones (indexterm2, ((term))) keep their text. */
        private static final Pattern INDEX_TERM =
                Pattern.compile("\\s*indexterm:\\[[^\\]]*]|\\s*\\(\\(\\(.*?\\)\\)\\)|indexterm2:\\[([^\\]]*)]|\\(\\((.+?)\\)\\)");

        private PlainText() {
        }

        static String of(List<String> lines) {
            var out = new ArrayList<String>();
            // A line that starts with a dot is a block title only where a block may start,
            // not inside a paragraph: ".putInt(1)" continuing a sentence keeps its dot.
            boolean blockMayStart = true;
            for (var raw : lines) {
                var line = raw.stripTrailing();
                var trimmed = line.strip();
                if (trimmed.startsWith("//") || trimmed.equals("+") || BLOCK_DELIMITER.matcher(trimmed).matches()
                        || BLOCK_ATTRIBUTES.matcher(trimmed).matches()) {
                    blockMayStart = true;
                    continue;
                }
                line = INDEX_TERM.matcher(line).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : ""));
                if (line.isBlank() && !trimmed.isEmpty()) {
                    continue;   // a line that held only index terms, inside a paragraph
                }
                line = CROSS_REFERENCE.matcher(line).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
                if (blockMayStart) {
                    line = BLOCK_TITLE.matcher(line).replaceAll("$1");
                }
                blockMayStart = trimmed.isEmpty() || BLOCK_TITLE.matcher(trimmed).matches() && blockMayStart;
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

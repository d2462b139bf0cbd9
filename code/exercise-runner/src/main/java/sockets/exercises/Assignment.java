package sockets.exercises;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one assignment grades, read from {@code assignments/NAME.properties} in the workbook
 * that grades (never from the student's copy): the same file for {@code grade}, {@code report},
 * the Gradescope autograder and the handout's CI workflow.
 *
 * <pre>
 * title=Week 1: a socket, bound
 * # every exercise of these chapters, and these exercises of others (NN/Name)
 * chapters=01 02
 * exercises=03/EchoOnce
 * # worth more (or less) here than its points:: line in exercises.adoc says
 * points.02/FreePort=2
 * # ISO-8601; Gradescope: visible, after_due_date, after_published or hidden
 * due=2026-10-09T23:59:00Z
 * visibility=after_due_date
 * # what the hidden tests of an exercise are worth (1 without): see HiddenTests
 * hidden.02/FreePort=2
 * </pre>
 *
 * @param name       the file's name without {@code .properties}, or empty for every exercise
 * @param chapters   chapters graded whole
 * @param exercises  single exercises, as {@code NN/Name}
 * @param points     points that replace the exercises' own, by {@code NN/Name}
 * @param hidden     tests students do not have, in {@code assignments/NAME.hidden/}, if there is one
 */
public record Assignment(String name, String title, List<String> chapters, Set<String> exercises,
                         Map<String, Integer> points, Optional<Instant> due, String visibility, Optional<HiddenTests> hidden) {

    /** The folder of assignment files, in the workbook's root. */
    public static final String FOLDER = "assignments";
    /** Gradescope's documented values of a test's visibility. */
    public static final List<String> VISIBILITIES = List.of("visible", "after_due_date", "after_published", "hidden");

    /** No assignment: every exercise of every chapter, visible, as before assignments existed. */
    public static Assignment everything() {
        return ofChapters(List.of());
    }

    /** No assignment: every exercise of these chapters (of every chapter when none), visible. */
    public static Assignment ofChapters(List<String> chapters) {
        return new Assignment("", "every exercise", List.copyOf(chapters), Set.of(), Map.of(), Optional.empty(), "visible",
                Optional.empty());
    }

    /** {@code assignments/NAME.properties} of the workbook at {@code root}, or a sentence saying what is wrong. */
    public static Assignment load(Path root, String name) {
        var file = root.resolve(FOLDER).resolve(name + ".properties");
        if (!name.matches("[\\w.-]+") || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No assignment " + name + ": " + FOLDER + "/ holds " + names(root) + ".");
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        var chapters = words(properties.getProperty("chapters", "")).stream()
                .map(nn -> nn.matches("\\d") ? "0" + nn : nn).toList();
        var exercises = Set.copyOf(words(properties.getProperty("exercises", "")));
        var points = numbers(file, properties, "points.");
        var folder = root.resolve(FOLDER).resolve(name + ".hidden");
        var hidden = Files.isDirectory(folder) ? Optional.of(new HiddenTests(folder, numbers(file, properties, "hidden.")))
                : Optional.<HiddenTests>empty();
        var visibility = properties.getProperty("visibility", "visible").strip();
        if (!VISIBILITIES.contains(visibility)) {
            throw new IllegalArgumentException(file + ": visibility is one of " + String.join(", ", VISIBILITIES) + ", not " + visibility + ".");
        }
        if (chapters.isEmpty() && exercises.isEmpty()) {
            throw new IllegalArgumentException(file + " names no chapters= and no exercises=: it would grade nothing.");
        }
        return new Assignment(name, properties.getProperty("title", name).strip(), chapters, exercises, points,
                due(file, properties.getProperty("due")), visibility, hidden);
    }

    /**
     * Grades the assignment's exercises of the student's copy with {@code grader}, at the
     * assignment's points, and then with its hidden tests, if it has any.
     */
    public Grader.Result grade(Grader grader, Path copy) {
        var result = applied(grader.grade(copy, chaptersToGrade(), this::includes));
        if (hidden.isEmpty()) {
            return result;
        }
        var all = new ArrayList<>(result.exercises());
        all.addAll(hidden.get().grade(grader, copy, this));
        return new Grader.Result(all, result.editedTests());
    }

    /** Whether exercise {@code name} of chapter {@code chapter} (its number) is part of the assignment. */
    public boolean includes(String chapter, String name) {
        return name().isEmpty() || chapters.contains(chapter) || exercises.contains(chapter + "/" + name);
    }

    /** The chapters to look at: those graded whole and those of single exercises. */
    public List<String> chaptersToGrade() {
        var numbers = new ArrayList<>(chapters);
        exercises.stream().map(e -> e.substring(0, e.indexOf('/') < 0 ? e.length() : e.indexOf('/')))
                .filter(nn -> !numbers.contains(nn)).sorted().forEach(numbers::add);
        return numbers;
    }

    /** The grade with this assignment's exercises only, at this assignment's points. */
    public Grader.Result applied(Grader.Result result) {
        var kept = result.exercises().stream().filter(g -> includes(g.chapter(), g.exercise())).map(this::repointed).toList();
        return new Grader.Result(kept, result.editedTests());
    }

    private Grader.Graded repointed(Grader.Graded graded) {
        var worth = points.get(graded.chapter() + "/" + graded.exercise());
        return worth == null ? graded : worth(graded, worth);
    }

    /** The grade out of {@code worth} points instead of its own. */
    static Grader.Graded worth(Grader.Graded graded, int worth) {
        if (worth == graded.maxScore()) {
            return graded;
        }
        // a partial score keeps its share of the exercise's points
        int score = graded.maxScore() == 0 ? 0 : Math.round((float) graded.score() * worth / graded.maxScore());
        return new Grader.Graded(graded.chapter(), graded.exercise(), graded.status(), score, worth, graded.output(), graded.time());
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s,]+")).filter(word -> !word.isEmpty()).toList();
    }

    /** The keys that start with {@code prefix}, without it, and their numbers of points. */
    private static Map<String, Integer> numbers(Path file, Properties properties, String prefix) {
        var numbers = new TreeMap<String, Integer>();
        for (var key : properties.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                numbers.put(key.substring(prefix.length()), number(file, key, properties.getProperty(key)));
            }
        }
        return Map.copyOf(numbers);
    }

    private static int number(Path file, String key, String value) {
        if (!value.strip().matches("\\d{1,4}")) {
            throw new IllegalArgumentException(file + ": " + key + " is a number of points, not " + value + ".");
        }
        return Integer.parseInt(value.strip());
    }

    private static Optional<Instant> due(Path file, String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": due is a time such as 2026-10-09T23:59:00Z, not " + value.strip() + ".", e);
        }
    }

    private static String names(Path root) {
        try (var files = Files.list(root.resolve(FOLDER))) {
            var names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
            return names.isEmpty() ? "none" : String.join(", ", names);
        } catch (IOException e) {
            return "none (there is no " + FOLDER + "/ folder)";
        }
    }
}

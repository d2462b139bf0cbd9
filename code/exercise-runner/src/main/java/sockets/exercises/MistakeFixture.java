package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A typical wrong answer to an exercise, kept beside its starter and solution so that the build
 * proves the tests catch it and say why:
 * {@code exercises/mistakes/<Exercise>/<what-went-wrong>/} holds the student's file(s) as they
 * would write them (by file name: {@code Netstrings.java} stands for the starter's file of that
 * name) and {@code mistake.properties}:
 * <pre>
 * concept = the words the report must contain, in the chapter's terms
 * why = what the student did, for the teachers' page (optional)
 * tests = the test methods that catch it, comma-separated (optional; all the exercise's tests)
 * </pre>
 * Naming the tests keeps the build fast when an exercise has a slow test that has nothing to
 * say about this mistake; the report checked is then theirs alone.
 *
 * @param exercise  the exercise, named like its test class without {@code Test}
 * @param name      the directory's name: what went wrong, in a few words
 * @param directory where the fixture lives
 * @param concept   what the report must name (matched case-insensitively)
 * @param why       what the student did, or empty
 * @param tests     the test methods to run, or empty for all the exercise's tests
 */
public record MistakeFixture(String exercise, String name, Path directory, String concept, String why,
                             List<String> tests) {

    public static final String DESCRIPTOR = "mistake.properties";

    /** Every fixture of the chapter, by exercise then name; none when it has no mistakes folder. */
    public static List<MistakeFixture> of(ChapterExercises chapter) {
        var root = chapter.mistakes();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        var fixtures = new ArrayList<MistakeFixture>();
        for (var exerciseDir : children(root)) {
            for (var fixtureDir : children(exerciseDir)) {
                fixtures.add(load(exerciseDir.getFileName().toString(), fixtureDir));
            }
        }
        return fixtures;
    }

    private static MistakeFixture load(String exercise, Path directory) {
        var properties = new Properties();
        var descriptor = directory.resolve(DESCRIPTOR);
        if (Files.isRegularFile(descriptor)) {
            try (var in = Files.newBufferedReader(descriptor)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + descriptor, e);
            }
        }
        var tests = java.util.Arrays.stream(properties.getProperty("tests", "").split(","))
                .map(String::strip).filter(test -> !test.isEmpty()).toList();
        return new MistakeFixture(exercise, directory.getFileName().toString(), directory,
                properties.getProperty("concept", "").strip(), properties.getProperty("why", "").strip(), tests);
    }

    /** {@code Netstrings/trusts-the-length}: how the contract and the teachers' page name it. */
    public String id() {
        return exercise + "/" + name;
    }

    /** The student's files of the fixture. */
    public List<Path> sources() {
        return ChapterExercises.javaFiles(directory);
    }

    /**
     * What is wrong with the fixture itself, before anything runs: no descriptor, no concept, no
     * source, an exercise the chapter does not have, a file that stands for no starter file.
     */
    public Optional<String> problem(ChapterExercises chapter) {
        if (!Files.isRegularFile(directory.resolve(DESCRIPTOR))) {
            return Optional.of(id() + " has no " + DESCRIPTOR + " (concept = the words its report must contain)");
        }
        if (concept.isBlank()) {
            return Optional.of(id() + "'s " + DESCRIPTOR + " names no concept");
        }
        if (!chapter.exerciseNames().contains(exercise)) {
            return Optional.of(id() + ": the chapter has no exercise " + exercise + " (its tests: "
                    + String.join(", ", chapter.exerciseNames()) + ")");
        }
        if (sources().isEmpty()) {
            return Optional.of(id() + " holds no .java file: the student's wrong answer");
        }
        var testSource = chapter.testClassNames().stream().filter(test -> ChapterExercises.exerciseOf(test).equals(exercise))
                .map(test -> read(chapter.tests().resolve(test.replace('.', '/') + ".java"))).findFirst().orElse("");
        for (var test : tests) {
            if (!testSource.contains(" " + test + "(")) {
                return Optional.of(id() + " names the test " + test + ", which " + exercise + "Test does not have");
            }
        }
        for (var source : sources()) {
            if (starterFile(chapter, source).isEmpty()) {
                return Optional.of(id() + ": " + source.getFileName() + " is not the name of a starter file");
            }
        }
        return Optional.empty();
    }

    /** The starter's file that a fixture's file stands for: the one with the same name. */
    static Optional<Path> starterFile(ChapterExercises chapter, Path source) {
        var name = source.getFileName().toString();
        var matches = ChapterExercises.javaFiles(chapter.starter()).stream()
                .filter(file -> file.getFileName().toString().equals(name)).toList();
        return matches.size() == 1 ? Optional.of(chapter.starter().relativize(matches.getFirst())) : Optional.empty();
    }

    /** Whether the report names the concept, case and spacing aside. */
    public boolean namedIn(String report) {
        return normalised(report).contains(normalised(concept));
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<Path> children(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}

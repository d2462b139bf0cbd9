package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs a mistake fixture through the check a student runs ({@link ExerciseCheck}, the starters
 * standing in for the other exercises' files, the student's timeout) and judges what came out:
 * the exercise must fail, its report must name the fixture's concept, and the student must not
 * wait longer than {@link #PATIENCE} for it.
 */
public final class MistakeCheck {

    /** How long a student waits for a check before they stop reading it. */
    public static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ExerciseCheck check;
    private final ChapterExercises chapter;
    private final Compilation starters;

    /**
     * @param starters the chapter's starters and tests, compiled once ({@link ExerciseCheck#compileStarters})
     */
    public MistakeCheck(ExerciseCheck check, ChapterExercises chapter, Compilation starters) {
        this.check = check;
        this.chapter = chapter;
        this.starters = starters;
    }

    /**
     * What checking the fixture found.
     *
     * @param report  the student's report, or why the fixture could not be checked
     * @param elapsed compiling and running, as long as the student waits
     */
    public record Verdict(MistakeFixture fixture, Optional<CheckResult> result, String report, Duration elapsed) {

        /** Why the fixture does not prove what it claims, or empty when it does. */
        public Optional<String> problem() {
            var fixture = this.fixture;
            if (result.isEmpty()) {
                return Optional.of(report);
            }
            if (result.get() instanceof CheckResult.DidNotCompile) {
                return Optional.of(fixture.id() + " does not compile, so it proves nothing about the tests"
                        + " (a fixture is a wrong answer that compiles):\n" + report);
            }
            var ran = (CheckResult.Ran) result.get();
            var verdict = ran.exercises().stream().filter(e -> e.name().equals(fixture.exercise())).findFirst();
            if (verdict.isEmpty() || verdict.get().passed()) {
                return Optional.of(fixture.id() + " passes the tests of " + fixture.exercise()
                        + ": they are too weak to catch it; strengthen them (this fixture is the proof)"
                        + (fixture.why().isBlank() ? "" : "\n  the mistake: " + fixture.why()));
            }
            if (!fixture.namedIn(withoutLocations(report))) {
                return Optional.of(fixture.id() + " fails, but its report does not say \"" + fixture.concept()
                        + "\": improve the test's message or the diagnosis so a student learns what went wrong."
                        + " The report:\n" + StudentReport.indented(report, "  "));
            }
            if (elapsed.compareTo(PATIENCE) > 0) {
                return Optional.of(fixture.id() + " took " + elapsed.toMillis() + " ms to be reported, more than the "
                        + PATIENCE.toSeconds() + " s a student waits: make the test fail fast on it");
            }
            return Optional.empty();
        }
    }

    /**
     * Checks the fixture: its files compiled over the starters (compiled once for the chapter),
     * then its exercise's tests run as a student's check runs them. The time is the fixture's own.
     */
    public Verdict check(MistakeFixture fixture) {
        var broken = fixture.problem(chapter);
        if (broken.isEmpty() && !starters.succeeded()) {
            broken = Optional.of("the starters do not compile against the tests, so no mistake can be checked");
        }
        if (broken.isPresent()) {
            return new Verdict(fixture, Optional.empty(), broken.get(), Duration.ZERO);
        }
        var sources = laidOut(chapter, fixture);
        try {
            long start = System.nanoTime();
            var result = check.checkOver(chapter, starters.classesDir(), sources, List.of(fixture.exercise()),
                    fixture.tests());
            var elapsed = Duration.ofNanos(System.nanoTime() - start);
            var report = StudentReport.of(result, ExercisesDocument.load(chapter.document()));
            return new Verdict(fixture, Optional.of(result), report, elapsed);
        } finally {
            Folders.deleteQuietly(sources);
        }
    }

    /**
     * The report as a student reads it, without the lines that only say where (at X.java:12,
     * a stack frame): the concept must be named in words, not found in a class or file name.
     */
    static String withoutLocations(String report) {
        return report.lines().filter(line -> !line.strip().matches("at [\\w$./]+(\\.java)?(:\\d+)?\\)?"))
                .map(line -> line.replaceAll("\\bat [\\w$]+\\.java:\\d+", ""))
                .collect(Collectors.joining("\n"));
    }

    /** A sources directory of the fixture's files, each where the starter keeps its namesake. */
    private static Path laidOut(ChapterExercises chapter, MistakeFixture fixture) {
        try {
            var sources = Files.createTempDirectory("mistake-" + fixture.exercise() + "-");
            for (var file : fixture.sources()) {
                var target = sources.resolve(MistakeFixture.starterFile(chapter, file).orElseThrow().toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out " + fixture.id(), e);
        }
    }
}

package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * What every chapter's exercises promise, checked by the chapter's own build. A chapter opts in
 * with one line in its src/test: {@code class ExercisesTest extends ExercisesContract {}}.
 *
 * <p>The chapter is the working directory, which is where surefire runs a module's tests; a
 * subclass can point elsewhere by overriding {@link #chapterDirectory()}, and the system
 * property {@code workbook.chapter.dir} does the same from the command line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ExercisesContract {

    public static final String CHAPTER_DIR_PROPERTY = "workbook.chapter.dir";

    /** How many mistake fixtures are checked at once: each compiles (a core), then mostly waits on a socket. */
    static final int MISTAKES_AT_ONCE = 6;
    /** How many typical wrong answers each exercise keeps, at least. */
    static final int MISTAKES_PER_EXERCISE = 2;

    // Compiling and running a variant takes seconds; the behaviours below share the results.
    private CheckResult starterResult;
    private CheckResult solutionResult;
    /** The starters and tests compiled once: the starters' check and every mistake use them. */
    private Compilation compiledStarters;
    private final Object compiling = new Object();
    private final ExerciseCheck check = ExerciseCheck.withTimeout(ExerciseLauncher.DEFAULT_TIMEOUT);

    protected Path chapterDirectory() {
        return Path.of(System.getProperty(CHAPTER_DIR_PROPERTY, "")).toAbsolutePath();
    }

    private ChapterExercises chapter() {
        var chapter = new ChapterExercises(chapterDirectory());
        expect(Files.isDirectory(chapter.exercisesDir()),
                () -> "the chapter has no exercises directory at " + chapter.exercisesDir());
        return chapter;
    }

    private Compilation compiledStarters() {
        synchronized (compiling) {
            if (compiledStarters == null) {
                compiledStarters = check.compileStarters(chapter());
            }
            return compiledStarters;
        }
    }

    @AfterAll
    public void deleteCompiledStarters() {
        synchronized (compiling) {
            if (compiledStarters != null) {
                Folders.deleteQuietly(compiledStarters.classesDir());
            }
        }
    }

    private synchronized CheckResult starter() {
        if (starterResult == null) {
            var compiled = compiledStarters();
            starterResult = compiled.succeeded()
                    ? check.runOver(chapter(), compiled.classesDir(), chapter().exerciseNames())
                    : new CheckResult.DidNotCompile(compiled.errors());
        }
        return starterResult;
    }

    private synchronized CheckResult solution() {
        if (solutionResult == null) {
            var chapter = chapter();
            solutionResult = check.check(chapter, chapter.solution());
        }
        return solutionResult;
    }

    @Test
    public void the_starters_compile_against_the_tests() {
        if (starter() instanceof CheckResult.DidNotCompile(var errors)) {
            fail("the starters do not compile against the tests:\n" + String.join("\n", errors));
        }
    }

    @Test
    public void every_exercise_passes_against_the_reference_solution() {
        var chapter = chapter();
        // A students' copy (./workbook handout) has no solutions to prove; the teacher's has.
        var handout = chapter.chapterDir().toAbsolutePath().normalize().resolveSibling("..").resolve(TestFileChecksums.MANIFEST).normalize();
        org.junit.jupiter.api.Assumptions.assumeFalse(!Files.isDirectory(chapter.solution()) && Files.isRegularFile(handout),
                "a handout: no reference solutions to check (./workbook check grades the student's exercises)");
        switch (solution()) {
            case CheckResult.DidNotCompile(var errors) ->
                    fail("the solutions do not compile against the tests:\n" + String.join("\n", errors));
            case CheckResult.Ran ran -> {
                expect(!ran.exercises().isEmpty(), () -> "no exercise tests under " + chapter.tests());
                expect(ran.allPass(), () -> "the reference solution fails:\n"
                        + StudentReport.of(ran, ExercisesDocument.load(chapter.document())));
            }
        }
    }

    @Test
    public void every_exercise_fails_against_its_untouched_starter() {
        switch (starter()) {
            case CheckResult.DidNotCompile(var errors) ->
                    fail("cannot tell: the starters do not compile against the tests:\n" + String.join("\n", errors));
            case CheckResult.Ran ran -> {
                var alreadySolved = ran.exercises().stream().filter(ExerciseResult::passed).map(ExerciseResult::name).toList();
                expect(alreadySolved.isEmpty(),
                        () -> "already solved by the untouched starter, so the student has nothing to do: "
                                + String.join(", ", alreadySolved));
            }
        }
    }

    @Test
    public void every_starter_carries_its_TODO_marker() {
        var chapter = chapter();
        var starters = ChapterExercises.javaFiles(chapter.starter());
        expect(!starters.isEmpty(), () -> "no starter sources under " + chapter.starter());
        var unmarked = new ArrayList<String>();
        for (var file : starters) {
            if (!read(file).contains(ChapterExercises.TODO_MARKER)) {
                unmarked.add(chapter.starter().relativize(file).toString());
            }
        }
        expect(unmarked.isEmpty(), () -> "starters without " + ChapterExercises.TODO_MARKER
                + " (the student must find what to write): " + String.join(", ", unmarked));
    }

    @Test
    public void every_exercise_has_a_task_and_a_hint() {
        var chapter = chapter();
        expect(Files.isRegularFile(chapter.document()), () -> "missing " + chapter.document());
        var document = ExercisesDocument.load(chapter.document());
        var names = chapter.exerciseNames();
        expect(!names.isEmpty(), () -> "no exercise tests under " + chapter.tests());
        assertAll(names.stream().map(name -> () -> {
            expect(document.task(name).isPresent(),
                    () -> name + " has no task: exercises.adoc needs a section whose heading names " + name);
            document.hintProblem(name).ifPresent(problem -> fail(problem));
        }));
    }

    /**
     * Every typical wrong answer kept under exercises/mistakes fails, within the time a student
     * waits, with a report that names what went wrong (see {@link MistakeFixture}). One test per
     * fixture; they run a few at once, since most of a wrong answer's time is spent waiting on
     * a socket or a timeout, not on a core.
     */
    @TestFactory
    public Stream<DynamicTest> every_mistake_fails_and_its_report_names_it() {
        var chapter = chapter();
        var fixtures = MistakeFixture.of(chapter);
        Assumptions.assumeFalse(fixtures.isEmpty(), "no mistakes under " + chapter.mistakes() + " yet");
        var mistakes = new MistakeCheck(check, chapter, compiledStarters());
        var executor = Executors.newFixedThreadPool(MISTAKES_AT_ONCE, Thread.ofPlatform().daemon().name("mistake-", 1).factory());
        var verdicts = fixtures.stream()
                .map(fixture -> CompletableFuture.supplyAsync(() -> mistakes.check(fixture), executor))
                .toList();
        executor.shutdown();
        return java.util.stream.IntStream.range(0, fixtures.size()).mapToObj(i -> DynamicTest.dynamicTest(
                fixtures.get(i).id(), fixtures.get(i).directory().toUri(), () -> {
                    var verdict = verdicts.get(i).join();
                    keep(chapter, verdict);
                    verdict.problem().ifPresent(problem -> fail(problem));
                }));
    }

    /**
     * The report a mistake got, as a student would read it, kept under the chapter's target/ so
     * that an author can read what each mistake is told (and a failing mistake shows it whole).
     */
    private static void keep(ChapterExercises chapter, MistakeCheck.Verdict verdict) {
        var file = chapter.chapterDir().resolve("target/mistakes").resolve(verdict.fixture().id() + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, verdict.report() + "(" + verdict.elapsed().toMillis() + " ms)\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Every exercise has at least {@link #MISTAKES_PER_EXERCISE} typical wrong answers, once the
     * chapter has begun keeping them: a pass must mean the tests catch what students write.
     */
    @Test
    public void every_exercise_keeps_its_typical_mistakes() {
        var chapter = chapter();
        var fixtures = MistakeFixture.of(chapter);
        Assumptions.assumeFalse(fixtures.isEmpty(), "no mistakes under " + chapter.mistakes() + " yet");
        var few = chapter.exerciseNames().stream()
                .filter(name -> fixtures.stream().filter(f -> f.exercise().equals(name)).count() < MISTAKES_PER_EXERCISE)
                .toList();
        expect(few.isEmpty(), () -> "fewer than " + MISTAKES_PER_EXERCISE + " mistakes under "
                + chapter.mistakes() + " for: " + String.join(", ", few));
    }

    /** No hint tier is the code: a listing in a hint holds a signature or two, not the solution. */
    @Test
    public void no_hint_shows_more_code_than_a_signature() {
        var chapter = chapter();
        expect(Files.isRegularFile(chapter.document()), () -> "missing " + chapter.document());
        var problems = HintListings.tooLong(lines(chapter.document()));
        expect(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Like assertTrue, without "expected: <true>" under a message that already says it all. */
    private static void expect(boolean holds, java.util.function.Supplier<String> problem) {
        if (!holds) {
            fail(problem.get());
        }
    }

    private static List<String> lines(Path file) {
        return read(file).lines().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

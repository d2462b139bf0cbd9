package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Checks one variant of a chapter's exercises (the student's work, the starter, the solution):
 * compiles it with the tests into a directory of its own, runs the tests and sorts what
 * happened by exercise.
 */
public final class ExerciseCheck {

    private final ExerciseCompiler compiler;
    private final ExerciseLauncher launcher;

    public ExerciseCheck(ExerciseCompiler compiler, ExerciseLauncher launcher) {
        this.compiler = compiler;
        this.launcher = launcher;
    }

    public static ExerciseCheck withTimeout(Duration timeout) {
        return new ExerciseCheck(ExerciseCompiler.onRunnerClassPath(), new ExerciseLauncher(timeout));
    }

    public CheckResult check(ChapterExercises chapter, Path sources) {
        return check(chapter, sources, chapter.exerciseNames());
    }

    /**
     * Compiles the sources (with the starter's files they lack) and the tests, and runs the tests
     * of the named exercises only; the others are left out of the result.
     */
    public CheckResult check(ChapterExercises chapter, Path sources, List<String> exercises) {
        // A directory per run: parallel test classes and repeated runs never share class files.
        var output = createOutputDirectory(sources);
        try {
            var files = new ArrayList<>(chapter.sourcesWithStarterFallback(sources));
            files.addAll(ChapterExercises.javaFiles(chapter.tests()));
            var compilation = compiler.compileFiles(files, List.of(sources, chapter.tests()), output);
            if (!compilation.succeeded()) {
                return new CheckResult.DidNotCompile(compilation.errors());
            }
            var outcomes = launcher.run(output, testClassesOf(chapter, exercises));
            return sorted(chapter, outcomes, exercises);
        } finally {
            Folders.deleteQuietly(output);
        }
    }

    /**
     * The starters and the tests compiled once into a directory of their own (the caller deletes
     * it): the classes that {@link #runOver} checks the starters with, and that
     * {@link #checkOver} checks many variants of the chapter over.
     */
    public Compilation compileStarters(ChapterExercises chapter) {
        var files = new ArrayList<>(ChapterExercises.javaFiles(chapter.starter()));
        files.addAll(ChapterExercises.javaFiles(chapter.tests()));
        return compiler.compileFiles(files, List.of(chapter.starter(), chapter.tests()), createOutputDirectory(chapter.starter()));
    }

    /** Runs the named exercises' tests over classes already compiled ({@link #compileStarters}). */
    public CheckResult.Ran runOver(ChapterExercises chapter, Path compiled, List<String> exercises) {
        return sorted(chapter, launcher.run(List.of(compiled), testClassesOf(chapter, exercises), List.of()), exercises);
    }

    /**
     * Like {@link #check(ChapterExercises, Path, List)} for sources that replace a file or two
     * of the starter (a mistake): only their files are compiled, over the starters and tests
     * compiled once ({@link #compileStarters}), and their classes hide the starter's namesakes.
     * What runs, and how, is what a student's check runs (all the exercise's tests, or the
     * {@code testMethods} named); javac's time for the rest is saved.
     */
    public CheckResult checkOver(ChapterExercises chapter, Path compiledStarters, Path sources, List<String> exercises,
                                 List<String> testMethods) {
        var output = createOutputDirectory(sources);
        try {
            var compilation = compiler.over(compiledStarters)
                    .compileFiles(ChapterExercises.javaFiles(sources), List.of(sources), output);
            if (!compilation.succeeded()) {
                return new CheckResult.DidNotCompile(compilation.errors());
            }
            return sorted(chapter, launcher.run(List.of(output, compiledStarters), testClassesOf(chapter, exercises),
                    testMethods), exercises);
        } finally {
            Folders.deleteQuietly(output);
        }
    }

    private static List<String> testClassesOf(ChapterExercises chapter, List<String> exercises) {
        return chapter.testClassNames().stream().filter(test -> exercises.contains(ChapterExercises.exerciseOf(test))).toList();
    }

    private static CheckResult.Ran sorted(ChapterExercises chapter, List<TestOutcome> outcomes, List<String> exercises) {
        var document = ExercisesDocument.load(chapter.document());
        var byExercise = new LinkedHashMap<String, List<TestOutcome>>();
        document.inBookOrder(exercises).forEach(name -> byExercise.put(name, new ArrayList<>()));
        var runProblems = new ArrayList<TestOutcome>();
        for (var outcome : outcomes) {
            var forExercise = outcome.exercise() == null ? null : byExercise.get(outcome.exercise());
            if (forExercise != null) {
                forExercise.add(outcome);
            } else if (outcome.failed()) {
                runProblems.add(outcome);
            }
        }
        var results = byExercise.entrySet().stream()
                .map(entry -> new ExerciseResult(entry.getKey(), inSourceOrder(chapter, entry.getValue())))
                .toList();
        return new CheckResult.Ran(results, runProblems);
    }

    /**
     * The tests as their class lists them, whatever order JUnit ran them in: a student reads the
     * failures in the order of the file they would open. A test whose method is not found (a
     * nested or parameterized one) keeps its place after the others.
     */
    private static List<TestOutcome> inSourceOrder(ChapterExercises chapter, List<TestOutcome> outcomes) {
        var sources = new java.util.HashMap<String, String>();
        java.util.function.ToIntFunction<TestOutcome> position = outcome -> {
            if (outcome.testClass() == null) {
                return Integer.MAX_VALUE;
            }
            var topLevel = outcome.testClass().replaceFirst("\\$.*", "");
            var source = sources.computeIfAbsent(topLevel, name -> {
                var file = chapter.tests().resolve(name.replace('.', '/') + ".java");
                try {
                    return Files.isRegularFile(file) ? Files.readString(file) : "";
                } catch (IOException | UncheckedIOException unreadable) {
                    return "";
                }
            });
            int at = source.indexOf(" " + outcome.displayName().replace(' ', '_') + "(");
            return at < 0 ? Integer.MAX_VALUE : at;
        };
        return outcomes.stream().sorted(Comparator.comparingInt(position)).toList();
    }

    private static Path createOutputDirectory(Path sources) {
        try {
            return Files.createTempDirectory("exercises-" + sources.getFileName() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for compiled exercises", e);
        }
    }
}

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
import java.util.stream.Stream;

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
        // A directory per run: parallel test classes and repeated runs never share class files.
        var output = createOutputDirectory(sources);
        try {
            var compilation = compiler.compile(List.of(sources, chapter.tests()), output);
            if (!compilation.succeeded()) {
                return new CheckResult.DidNotCompile(compilation.errors());
            }
            var outcomes = launcher.run(output, chapter.testClassNames());
            return sorted(chapter, outcomes);
        } finally {
            deleteQuietly(output);
        }
    }

    private static CheckResult.Ran sorted(ChapterExercises chapter, List<TestOutcome> outcomes) {
        var document = ExercisesDocument.load(chapter.document());
        var byExercise = new LinkedHashMap<String, List<TestOutcome>>();
        document.inBookOrder(chapter.exerciseNames()).forEach(name -> byExercise.put(name, new ArrayList<>()));
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
                .map(entry -> new ExerciseResult(entry.getKey(), entry.getValue()))
                .toList();
        return new CheckResult.Ran(results, runProblems);
    }

    private static Path createOutputDirectory(Path sources) {
        try {
            return Files.createTempDirectory("exercises-" + sources.getFileName() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for compiled exercises", e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException leftBehind) {
            // a temporary directory the OS cleans up anyway
        }
    }
}

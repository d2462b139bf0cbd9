package sockets.cli.students;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import sockets.exercises.ChapterExercises;
import sockets.exercises.CheckResult;
import sockets.exercises.ExerciseCompiler;
import sockets.exercises.SourceDiff;

/**
 * {@code check --show-solution}: for each exercise that passes, what the reference solution does
 * differently, as a diff of the student's file against it; only once it passes, and only where
 * the solution is there (a handout leaves the solutions out).
 */
record ReferenceSolutions(ChapterExercises chapter, PrintStream out) {

    void show(Path sources, CheckResult result) {
        if (!(result instanceof CheckResult.Ran ran)) {
            out.println("The reference solutions are shown once an exercise passes; this code does not compile yet.");
            return;
        }
        if (!Files.isDirectory(chapter.solution())) {
            out.println("The reference solutions are not in this copy of the workbook (" + ExerciseCompiler.shown(chapter.solution())
                    + " is missing): your teacher has them.");
            return;
        }
        for (var exercise : ran.exercises()) {
            var file = chapter.exerciseFile(exercise.name());
            if (file.isEmpty()) {
                continue;
            }
            var mine = sources.resolve(file.get().toString());
            var reference = chapter.solution().resolve(file.get().toString());
            out.println();
            if (!exercise.passed()) {
                out.println(exercise.name() + ": the reference solution is shown once it passes.");
            } else if (!Files.isRegularFile(reference) || !Files.isRegularFile(mine)) {
                out.println(exercise.name() + ": no reference solution to compare with.");
            } else {
                out.println(exercise.name() + ": how the reference solution differs from yours (- yours, + the reference):");
                out.print(SourceDiff.of(read(mine), read(reference), ExerciseCompiler.shown(mine), ExerciseCompiler.shown(reference)));
            }
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An assignment's tests that students do not have: {@code assignments/NAME.hidden/NN-topic/},
 * laid out as a chapter's {@code exercises/test/} (the package's folders, {@code XTest.java}
 * for exercise X). Each exercise they test is graded a second time against them, in a chapter
 * made of the workbook's starters and exercises.adoc and these tests, and scores on a line of
 * its own, {@code X (hidden tests)}, worth {@code hidden.NN/X} points (1 without), which
 * Gradescope shows with visibility {@code hidden}.
 */
public record HiddenTests(Path folder, Map<String, Integer> points) {

    /** The end of the name of a hidden tests' line in a grade. */
    static final String SUFFIX = " (hidden tests)";

    static boolean hidden(Grader.Graded graded) {
        return graded.exercise().endsWith(SUFFIX);
    }

    /** The grade of the included exercises that have hidden tests, one line each. */
    List<Grader.Graded> grade(Grader grader, Path copy, Assignment assignment) {
        Path made = null;
        try (Stream<Path> children = Files.list(folder)) {
            made = Files.createTempDirectory("hidden-tests-");
            for (var tests : children.filter(dir -> dir.getFileName().toString().matches("\\d\\d-.+")).sorted().toList()) {
                var chapter = new ChapterExercises(grader.root().resolve("chapters").resolve(tests.getFileName().toString()));
                var exercises = made.resolve("chapters").resolve(tests.getFileName().toString()).resolve("exercises");
                Folders.copy(chapter.starter(), exercises.resolve("starter"));
                Folders.copy(tests, exercises.resolve("test"));
                Files.copy(chapter.document(), exercises.resolve("exercises.adoc"));
            }
            var withHiddenTests = new Grader(made, grader.exerciseLimit(), grader.studentLimit(), grader.testTimeout());
            return withHiddenTests.grade(copy, assignment.chaptersToGrade(), assignment::includes).exercises().stream()
                    .map(g -> Assignment.worth(new Grader.Graded(g.chapter(), g.exercise() + SUFFIX, g.status(), g.score(),
                            g.maxScore(), g.output(), g.time()), points.getOrDefault(g.chapter() + "/" + g.exercise(), 1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot grade with the hidden tests in " + folder, e);
        } finally {
            Folders.deleteQuietly(made);
        }
    }
}

package sockets.cli.teachers;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;
import sockets.cli.FileTree;
import sockets.cli.FixtureWorkbook;

/**
 * {@code ./workbook grade}: what it refuses, in one sentence and status 2, and a grade written to
 * a file (code/classroom grades in every format, with an edited test).
 */
@Timeout(240)
class GradeCommandTest {

    @Test
    void writes_the_grade_to_the_output_file_and_says_the_score(@TempDir Path root) throws Exception {
        FixtureWorkbook.in(root);
        FileTree.copyWithoutReplacing(FixtureWorkbook.variant("half-done"), FixtureWorkbook.chapter(root).resolve("exercises/work"));

        var run = CommandRun.in(root, "grade", "01", "--output", "target/grade/grade.txt");

        assertAll(
                () -> assertEquals(1, run.status(), "not every point scored"),
                () -> assertEquals("the grade (text): target/grade/grade.txt, 1 of 4 points.\n", run.err()),
                () -> assertTrue(Files.readString(root.resolve("target/grade/grade.txt")).contains("score: 1 of 4"),
                        Files.readString(root.resolve("target/grade/grade.txt"))),
                () -> assertEquals("", run.out()));
    }

    @Test
    void grades_an_assignments_exercises_only_and_passes_when_they_pass(@TempDir Path root) throws Exception {
        FixtureWorkbook.in(root);
        FileTree.copyWithoutReplacing(FixtureWorkbook.variant("half-done"), FixtureWorkbook.chapter(root).resolve("exercises/work"));
        Files.createDirectories(root.resolve("assignments"));
        Files.writeString(root.resolve("assignments/week-01.properties"), "exercises=01/LoopbackListener\npoints.01/LoopbackListener=5\n");

        var run = CommandRun.in(root, "grade", "--assignment", "week-01", "--format", "junit", "--output", "grade.xml");

        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertTrue(run.out().startsWith("01 LoopbackListener  5/5  passed\nscore: 5 of 5\n"), "the text in the log: " + run.out()),
                () -> assertTrue(Files.readString(root.resolve("grade.xml")).matches("(?s).*name=\"LoopbackListener\" time=\"[0-9]+\\.[0-9]{3}\">.*"),
                        "its real time"));
    }

    @Test
    void refuses_an_assignment_that_is_not_there(@TempDir Path root) {
        FixtureWorkbook.in(root);

        var run = CommandRun.in(root, "grade", "--assignment", "week-9");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("No assignment week-9: assignments/ holds none (there is no assignments/ folder).\n", run.err()));
    }

    @Test
    void refuses_chapters_and_an_assignment_typed_together(@TempDir Path root) {
        FixtureWorkbook.in(root);

        var run = CommandRun.in(root, "grade", "01", "--assignment", "week-01");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("Give chapters or --assignment, not both: the assignment names its chapters.\n", run.err()));
    }

    @Test
    void refuses_a_chapter_without_exercises(@TempDir Path root) {
        FixtureWorkbook.in(root);

        var run = CommandRun.in(root, "grade", "1", "7", "99");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("No chapter with exercises numbered 07, 99.\n", run.err()));
    }

    @Test
    void refuses_a_format_it_does_not_write(@TempDir Path root) {
        FixtureWorkbook.in(root);

        var run = CommandRun.in(root, "grade", "--format", "xml");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("--format is text, json, junit or gradescope, not xml.\n", run.err()));
    }

    @Test
    void refuses_a_submission_that_is_not_there(@TempDir Path root) {
        FixtureWorkbook.in(root);

        var run = CommandRun.in(root, "grade", "--submission", "no-such-copy");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("No such submission directory: no-such-copy.\n", run.err()));
    }

    @Test
    void refuses_a_time_limit_that_is_not_a_number_of_seconds(@TempDir Path root) {
        FixtureWorkbook.in(root);

        var run = CommandRun.in(root, "grade", "--exercise-limit", "1m");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("--exercise-limit takes a number of seconds, not 1m.\n", run.err()));
    }

    @Test
    void names_its_options_in_its_help(@TempDir Path root) {
        var run = CommandRun.in(root, "grade", "--help");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertTrue(run.out().startsWith("usage: ./workbook grade [NN...|--assignment NAME] [--format text|json|junit|gradescope]"), run.out()),
                () -> assertTrue(run.out().contains("--submission=DIR") && run.out().contains("--test-timeout=S"), run.out()));
    }
}

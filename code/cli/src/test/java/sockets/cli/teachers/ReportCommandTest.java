package sockets.cli.teachers;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;
import sockets.cli.FixtureWorkbook;

/**
 * {@code ./workbook report DIR...}: what it refuses, in one sentence and status 2 (code/classroom
 * grades a class with it).
 */
class ReportCommandTest {

    @Test
    void needs_at_least_one_students_copy(@TempDir Path root) {
        FixtureWorkbook.in(root);

        var run = CommandRun.in(root, "report", "--output", "out");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("Name the students' copies: ./workbook report DIR... [--output DIR].\n", run.err()));
    }

    @Test
    void names_every_copy_that_is_not_there_and_grades_none(@TempDir Path root) throws Exception {
        FixtureWorkbook.in(root);
        Files.createDirectories(root.resolve("ann"));

        var run = CommandRun.in(root, "report", "ann", "bob", "cyd");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("No such student copy: bob, cyd.\n", run.err()),
                () -> assertTrue(Files.notExists(root.resolve("target/report"))));
    }

    @Test
    void refuses_a_number_of_jobs_out_of_range(@TempDir Path root) throws Exception {
        FixtureWorkbook.in(root);
        Files.createDirectories(root.resolve("ann"));

        var run = CommandRun.in(root, "report", "ann", "--jobs", "0");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("--jobs is a number of students graded at once, 1 to 64, not 0.\n", run.err()));
    }

    @Test
    void refuses_two_copies_of_one_name_the_students_id(@TempDir Path root) throws Exception {
        FixtureWorkbook.in(root);
        Files.createDirectories(root.resolve("a/ann"));
        Files.createDirectories(root.resolve("b/ann"));

        var run = CommandRun.in(root, "report", "a/ann", "b/ann");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("Two copies named ann: a copy's folder name is its student's id.\n", run.err()));
    }

    @Test
    void answers_help_with_its_options(@TempDir Path root) {
        var run = CommandRun.in(root, "report", "--help");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertTrue(run.out().startsWith("usage: ./workbook report DIR...|--class DIR [--assignment NAME] [--jobs N] [--again] [--output DIR]"), run.out()),
                () -> assertTrue(run.out().contains("--output=DIR") && run.out().contains("--jobs=N") && run.out().contains("--student-limit=S"), run.out()));
    }
}

package sockets.cli.students;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;
import sockets.cli.FixtureWorkbook;

/** {@code ./workbook check NN}, on a workbook whose chapter 01 is the exercise runner's fixture. */
@Timeout(60)
class CheckCommandTest {

    /** The bytes on the wire name the ports the kernel picked, different each run. */
    private static String withoutPorts(String report) {
        return report.replaceAll("connection \\d+ -> \\d+", "connection PORT -> PORT");
    }

    private static CommandRun check(Path root, String... options) {
        var args = new java.util.ArrayList<>(java.util.List.of("check", "01"));
        args.addAll(java.util.List.of(options));
        return CommandRun.in(FixtureWorkbook.in(root), args.toArray(String[]::new));
    }

    @Test
    void passes_every_exercise_of_the_reference_solution(@TempDir Path root) {
        var run = check(root, "--sources", FixtureWorkbook.fixtureChapters().resolve("01-fixture/exercises/solution").toString());

        assertAll(
                () -> assertEquals(0, run.status(), run.out()),
                () -> assertEquals("PASS LoopbackListener\nPASS LineEcho\n2 of 2 exercises pass.\n", run.out()),
                () -> assertEquals(1, run.err().lines().count(), "only where the work copy is: " + run.err()));
    }

    @Test
    void checks_a_copy_of_the_starters_when_the_student_has_no_work_copy_yet(@TempDir Path root) {
        var run = check(root);

        assertAll(
                () -> assertEquals(1, run.status()),
                () -> assertTrue(run.out().contains("FAIL LoopbackListener\n"), run.out()),
                () -> assertTrue(run.out().endsWith("0 of 2 exercises pass.\n"), run.out()));
    }

    @Test
    void says_a_starter_method_is_not_written_yet(@TempDir Path root) {
        var run = check(root);

        assertTrue(run.out().contains("FAIL LineEcho\n    echoes one line back: not written yet: "
                + "LineEcho.serveOne still throws UnsupportedOperationException\n"), run.out());
    }

    @Test
    void never_prints_a_hint_unasked(@TempDir Path root) {
        var run = check(root);

        assertAll(
                () -> assertFalse(run.out().contains("Port 0 asks"), run.out()),
                () -> assertFalse(run.out().contains("An echo answers"), run.out()),
                () -> assertFalse(run.out().contains("hint:"), run.out()));
    }

    @Test
    void says_how_to_ask_for_the_first_hint_of_a_failing_exercise(@TempDir Path root) {
        var run = check(root);

        assertAll(
                () -> assertTrue(run.out().contains("    stuck? ./workbook hint 01 LineEcho shows hint 1 of 3\n"), run.out()),
                () -> assertTrue(run.out().contains("    stuck? ./workbook hint 01 LoopbackListener shows hint 1 of 1\n"),
                        run.out()));
    }

    @Test
    void offers_the_next_hint_after_the_ones_already_shown(@TempDir Path root) {
        CommandRun.in(FixtureWorkbook.in(root), "hint", "01", "LineEcho");

        var run = check(root);

        assertTrue(run.out().contains("    stuck? ./workbook hint 01 LineEcho shows hint 2 of 3\n"), run.out());
    }

    @Test
    void says_how_to_see_them_again_once_every_hint_was_shown(@TempDir Path root) {
        CommandRun.in(FixtureWorkbook.in(root), "hint", "01", "--all");

        var run = check(root);

        assertAll(
                () -> assertTrue(run.out().contains("    all 3 hints seen; ./workbook hint 01 LineEcho --all shows them again\n"),
                        run.out()),
                () -> assertTrue(run.out().contains("    hint seen; ./workbook hint 01 LoopbackListener shows it again\n"),
                        run.out()));
    }

    @Test
    void says_nothing_about_hints_under_a_passing_exercise(@TempDir Path root) {
        var run = check(root, "--sources", FixtureWorkbook.variant("half-done").toString());

        assertFalse(run.out().contains("LoopbackListener shows"), run.out());
    }

    @Test
    void prints_no_stack_trace(@TempDir Path root) {
        var run = check(root);

        assertFalse(run.out().contains("\tat ") || run.out().contains("Exception:"), run.out());
    }

    @Test
    void says_where_the_students_code_blocked_when_a_test_times_out(@TempDir Path root) {
        var run = check(root, "--sources", FixtureWorkbook.variant("blocking").toString());

        assertAll(
                () -> assertEquals(1, run.status()),
                () -> assertTrue(run.out().contains("FAIL LineEcho\n    echoes one line back: did not finish: "
                        + "the test gave up after 2 seconds\n"), run.out()),
                () -> assertTrue(run.out().contains("      blocked in a read: waiting for the rest of a line;"
                        + " did the other end flush, did it send the newline?\n        at LineEcho.java:19\n"), run.out()),
                () -> assertTrue(run.out().contains("PASS LoopbackListener\n"), run.out()));
    }

    @Test
    void reports_a_compile_error_as_file_line_and_message(@TempDir Path root) {
        var run = check(root, "--sources", FixtureWorkbook.variant("compile-error").toString());

        assertAll(
                () -> assertEquals(1, run.status()),
                () -> assertTrue(run.out().startsWith("Your code does not compile yet:\n"), run.out()),
                () -> assertTrue(run.out().contains("compile-error/sockets/fixture/exercises/LineEcho.java:13: ';' expected"),
                        run.out()),
                () -> assertFalse(run.out().contains("PASS") || run.out().contains("\tat "), run.out()));
    }

    @Test
    void warns_in_one_line_when_a_test_file_differs_from_the_handouts(@TempDir Path root) throws IOException {
        FixtureWorkbook.in(root);
        sockets.exercises.TestFileChecksums.write(root);
        var test = FixtureWorkbook.chapter(root).resolve("exercises/test/sockets/fixture/exercises/LineEchoTest.java");
        Files.writeString(test, Files.readString(test).replace("the line your code sent back", "anything"));

        var run = check(root, "--sources", FixtureWorkbook.fixtureChapters().resolve("01-fixture/exercises/solution").toString());

        assertAll(
                () -> assertEquals(0, run.status(), "a warning, not a failure: " + run.out()),
                () -> assertEquals(1, run.err().lines().filter(line -> line.startsWith("warning: ")).count(), run.err()),
                () -> assertTrue(run.err().contains("chapters/01-fixture/exercises/test/sockets/fixture/exercises/LineEchoTest.java"
                        + " differs from the handout's tests"), run.err()));
    }

    @Test
    void rejects_a_chapter_that_does_not_exist_with_status_2(@TempDir Path root) {
        var run = CommandRun.in(FixtureWorkbook.in(root), "check", "99");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("", run.out()),
                () -> assertEquals(1, run.err().lines().count(), run.err()));
    }

    @Test
    void shows_how_the_reference_differs_once_an_exercise_passes(@TempDir Path root) {
        var run = check(root, "--sources", FixtureWorkbook.variant("half-done").toString(), "--show-solution");

        assertAll(
                () -> assertTrue(run.out().contains("LoopbackListener: how the reference solution differs from yours"
                        + " (- yours, + the reference):\n"), run.out()),
                () -> assertTrue(run.out().contains("LineEcho: the reference solution is shown once it passes.\n"), run.out()));
    }

    @Test
    void lists_every_failing_test_of_an_exercise_on_its_own_line(@TempDir Path root) {
        var run = check(root);

        assertAll(
                () -> assertTrue(run.out().contains("    listens on the loopback address: not written yet:"), run.out()),
                () -> assertTrue(run.out().contains("    lets the system choose the port: not written yet:"), run.out()),
                () -> assertFalse(run.out().contains("more test"), run.out()));
    }

    @Test
    void makes_the_work_copy_from_the_starters_and_says_where_once(@TempDir Path root) throws IOException {
        var first = check(root);
        var second = check(root);
        var work = FixtureWorkbook.chapter(root).resolve("exercises/work/sockets/fixture/exercises/LineEcho.java");

        assertAll(
                () -> assertEquals("made your copy of the exercises in chapters/01-fixture/exercises/work/: edit the files there.\n",
                        first.err()),
                () -> assertEquals("", second.err()),
                () -> assertEquals(Files.readString(FixtureWorkbook.chapter(root).resolve(
                        "exercises/starter/sockets/fixture/exercises/LineEcho.java")), Files.readString(work)));
    }

    @Test
    void gives_the_same_answer_when_run_twice(@TempDir Path root) {
        var first = check(root);
        var second = check(root);

        assertAll(
                () -> assertEquals(first.status(), second.status()),
                () -> assertEquals(withoutPorts(first.out()), withoutPorts(second.out())));
    }

    @Test
    void never_replaces_a_file_of_the_work_copy_and_adds_a_starter_file_added_since(@TempDir Path root) throws IOException {
        check(root);
        var exercises = FixtureWorkbook.chapter(root).resolve("exercises");
        var mine = exercises.resolve("work/sockets/fixture/exercises/LineEcho.java");
        Files.writeString(mine, "// my work\n");
        Files.writeString(exercises.resolve("starter/sockets/fixture/exercises/NewOne.java"), "// new\n");

        check(root);

        assertAll(
                () -> assertEquals("// my work\n", Files.readString(mine)),
                () -> assertEquals("// new\n", Files.readString(exercises.resolve("work/sockets/fixture/exercises/NewOne.java"))));
    }

    @Test
    void rejects_a_missing_sources_directory_with_status_2(@TempDir Path root) {
        var run = check(root, "--sources", "no/such/dir");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("No such sources directory: no/such/dir.\n", run.err().lines().toList().getLast() + "\n"));
    }

    @Test
    void asks_for_a_chapter_number_in_one_sentence(@TempDir Path root) {
        var run = CommandRun.in(FixtureWorkbook.in(root), "check");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("Give a chapter number, for example: ./workbook run 01.\n", run.err()));
    }
}

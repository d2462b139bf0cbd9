package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class CheckCommandTest {

    @Test
    void passes_every_exercise_of_the_reference_solution() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString(),
                "--sources", FixtureChapter.chapter().resolve("exercises/solution").toString());

        assertAll(
                () -> assertEquals(0, run.status(), run.out()),
                () -> assertEquals("PASS LoopbackListener\nPASS LineEcho\n2 of 2 exercises pass.\n", run.out()),
                () -> assertEquals("", run.err()));
    }

    @Test
    void checks_the_starter_when_the_student_has_no_work_copy_yet() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString());

        assertAll(
                () -> assertEquals(1, run.status()),
                () -> assertTrue(run.out().contains("FAIL LoopbackListener\n"), run.out()),
                () -> assertTrue(run.out().endsWith("0 of 2 exercises pass.\n"), run.out()));
    }

    @Test
    void says_a_starter_method_is_not_written_yet() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString());

        assertTrue(run.out().contains("FAIL LineEcho\n    echoes one line back: not written yet: "
                + "LineEcho.serveOne still throws UnsupportedOperationException\n"), run.out());
    }

    @Test
    void never_prints_a_hint_unasked() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString());

        assertAll(
                () -> assertFalse(run.out().contains("Port 0 asks"), run.out()),
                () -> assertFalse(run.out().contains("An echo answers"), run.out()),
                () -> assertFalse(run.out().contains("hint:"), run.out()));
    }

    @Test
    void says_how_to_ask_for_the_first_hint_of_a_failing_exercise() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString());

        assertAll(
                () -> assertTrue(run.out().contains("    stuck? ./workbook hint 01 LineEcho shows hint 1 of 3\n"), run.out()),
                () -> assertTrue(run.out().contains("    stuck? ./workbook hint 01 LoopbackListener shows hint 1 of 1\n"),
                        run.out()));
    }

    @Test
    void offers_the_next_hint_after_the_ones_already_shown(@TempDir Path root) {
        var chapter = FixtureChapter.copyOfChaptersInto(root).resolve("01-fixture");
        RunnerInvocation.run("hint", chapter.toString(), "LineEcho");

        var run = RunnerInvocation.run("check", chapter.toString());

        assertTrue(run.out().contains("    stuck? ./workbook hint 01 LineEcho shows hint 2 of 3\n"), run.out());
    }

    @Test
    void says_how_to_see_them_again_once_every_hint_was_shown(@TempDir Path root) {
        var chapter = FixtureChapter.copyOfChaptersInto(root).resolve("01-fixture");
        RunnerInvocation.run("hint", chapter.toString(), "--all");

        var run = RunnerInvocation.run("check", chapter.toString());

        assertAll(
                () -> assertTrue(run.out().contains("    all 3 hints seen; ./workbook hint 01 LineEcho --all shows them again\n"),
                        run.out()),
                () -> assertTrue(run.out().contains("    hint seen; ./workbook hint 01 LoopbackListener shows it again\n"),
                        run.out()));
    }

    @Test
    void says_nothing_about_hints_under_a_passing_exercise() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString(),
                "--sources", FixtureChapter.variant("half-done").toString());

        assertFalse(run.out().contains("LoopbackListener shows"), run.out());
    }

    @Test
    void prints_no_stack_trace() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString());

        assertFalse(run.out().contains("\tat ") || run.out().contains("Exception:"), run.out());
    }

    @Test
    void says_where_the_students_code_blocked_when_a_test_times_out() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString(),
                "--sources", FixtureChapter.variant("blocking").toString());

        assertAll(
                () -> assertEquals(1, run.status()),
                () -> assertTrue(run.out().contains("FAIL LineEcho\n    echoes one line back: did not finish: "
                        + "the test gave up after 2 seconds\n"), run.out()),
                () -> assertTrue(run.out().contains("      blocked in a read: waiting for the rest of a line;"
                        + " did the other end flush, did it send the newline?\n        at LineEcho.java:19\n"), run.out()),
                () -> assertTrue(run.out().contains("PASS LoopbackListener\n"), run.out()));
    }

    @Test
    void reports_a_compile_error_as_file_line_and_message() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString(),
                "--sources", FixtureChapter.variant("compile-error").toString());

        assertAll(
                () -> assertEquals(1, run.status()),
                () -> assertTrue(run.out().startsWith("Your code does not compile yet:\n"), run.out()),
                () -> assertTrue(run.out().contains("compile-error/sockets/fixture/exercises/LineEcho.java:13: ';' expected"),
                        run.out()),
                () -> assertFalse(run.out().contains("PASS") || run.out().contains("\tat "), run.out()));
    }

    @Test
    void shows_compile_errors_relative_to_the_working_directory() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString(),
                "--sources", FixtureChapter.variant("compile-error").toString());

        assertTrue(run.out().contains("\n  target/test-classes/fixture-variants/compile-error/"), run.out());
    }

    @Test
    void rejects_a_directory_without_exercises_with_status_2() {
        var run = RunnerInvocation.run("check", FixtureChapter.chaptersRoot().resolve("99-missing").toString());

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("", run.out()),
                () -> assertEquals(1, run.err().lines().count(), run.err()));
    }

    @Test
    void shows_how_the_reference_differs_once_an_exercise_passes() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString(),
                "--sources", FixtureChapter.variant("half-done").toString(), "--show-solution");

        assertAll(
                () -> assertTrue(run.out().contains("LoopbackListener: how the reference solution differs from yours"
                        + " (- yours, + the reference):\n"), run.out()),
                () -> assertTrue(run.out().contains("LineEcho: the reference solution is shown once it passes.\n"), run.out()));
    }

    @Test
    void lists_every_failing_test_of_an_exercise_on_its_own_line() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString());

        assertAll(
                () -> assertTrue(run.out().contains("    listens on the loopback address: not written yet:"), run.out()),
                () -> assertTrue(run.out().contains("    lets the system choose the port: not written yet:"), run.out()),
                () -> assertFalse(run.out().contains("more test"), run.out()));
    }
}

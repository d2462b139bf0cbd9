package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.Platform;

/**
 * What a hostile student's code can try while it is graded, each planted in a small copy of the
 * fixture chapter, and the grade it gets: never a pass it did not earn, never an effect outside
 * its sandbox. No test here connects or sends to any address off the loopback.
 */
@Timeout(120)
class GradingAttacksTest {

    private static final String LISTENER_TEST = "chapters/01-fixture/exercises/test/sockets/fixture/exercises/LoopbackListenerTest.java";
    private static final String ECHO_TEST = "chapters/01-fixture/exercises/test/sockets/fixture/exercises/LineEchoTest.java";

    /** A workbook of the fixture chapter, handed out (with its manifest), the variant as the student's work. */
    private static Path studentCopy(Path root, String variant, String... placeholdersAndValues) throws IOException {
        FixtureChapter.copyOfChaptersInto(root.resolve("chapters"));
        TestFileChecksums.write(root);
        var work = root.resolve("chapters/01-fixture/exercises/work");
        FixtureChapter.copyTree(FixtureChapter.variant(variant), work);
        var listener = work.resolve("sockets/fixture/exercises/LoopbackListener.java");
        var source = Files.readString(listener);
        for (int i = 0; i < placeholdersAndValues.length; i += 2) {
            source = source.replace(placeholdersAndValues[i], placeholdersAndValues[i + 1]);
        }
        Files.writeString(listener, source);
        return root;
    }

    private static Grader.Result graded(Path workbook) {
        return graded(workbook, workbook);
    }

    /** Short limits: the fixture's tests take well under a second each. */
    private static Grader.Result graded(Path grader, Path submission) {
        return new Grader(grader, Duration.ofSeconds(40), Duration.ofSeconds(80), Duration.ofSeconds(2))
                .grade(submission, List.of("01"));
    }

    private static Grader.Graded exercise(Grader.Result result, String name) {
        return result.exercises().stream().filter(g -> g.exercise().equals(name)).findFirst().orElseThrow();
    }

    private static void requireSandbox(String why) {
        Platform.requireLinux(why);
        assumeTrue(GradingSandbox.contained(), () -> "grading runs without namespaces here: "
                + GradingSandbox.refusal().orElse(""));
    }

    @Test
    void a_pass_forged_by_a_static_initialiser_scores_nothing(@TempDir Path root) throws IOException {
        var listener = exercise(graded(studentCopy(root, "forges-results")), "LoopbackListener");

        assertAll(
                () -> assertEquals(0, listener.score(), listener.output()),
                () -> assertEquals(Grader.Status.ENDED, listener.status(), listener.output()));
    }

    @Test
    void an_edited_test_is_named_though_the_checksums_were_deleted(@TempDir Path grader, @TempDir Path student)
            throws IOException {
        FixtureChapter.copyOfChaptersInto(grader.resolve("chapters"));
        studentCopy(student, "half-done");
        Files.delete(student.resolve(TestFileChecksums.MANIFEST));
        var edited = student.resolve(LISTENER_TEST);
        Files.writeString(edited, Files.readString(edited).replace("a bound listener's port", "anything"));

        assertEquals(List.of(LISTENER_TEST), TestFileChecksums.differing(grader, student));
    }

    @Test
    void an_exercise_is_graded_with_the_graders_tests_not_the_students_edited_ones(@TempDir Path grader,
                                                                                    @TempDir Path student)
            throws IOException {
        FixtureChapter.copyOfChaptersInto(grader.resolve("chapters"));
        studentCopy(student, "half-done");
        var exercises = "chapters/01-fixture/exercises/%s/sockets/fixture/exercises/%s.java";
        // LoopbackListener as the starter has it (not begun, so not run); LineEcho answers wrong
        Files.copy(grader.resolve(exercises.formatted("starter", "LoopbackListener")),
                student.resolve(exercises.formatted("work", "LoopbackListener")), StandardCopyOption.REPLACE_EXISTING);
        var echo = student.resolve(exercises.formatted("work", "LineEcho"));
        Files.writeString(echo, Files.readString(echo).replaceAll("throw new UnsupportedOperationException[^;]*;",
                "try (var client = listener.accept()) { client.getOutputStream().write(\"wrong\\n\".getBytes()); }"));
        var test = student.resolve(ECHO_TEST);
        Files.writeString(test, Files.readString(test).replaceAll("assertEquals\\([^;]*;", ""));

        var result = graded(grader, student);

        assertAll(
                () -> assertEquals(Grader.Status.FAILED, exercise(result, "LineEcho").status(),
                        exercise(result, "LineEcho").output()),
                () -> assertEquals(List.of(ECHO_TEST), result.editedTests()));
    }

    @Test
    void a_file_written_outside_the_students_folder_is_not_written(@TempDir Path root, @TempDir Path outside)
            throws IOException {
        requireSandbox("grades in Linux's namespaces, whose mounts keep the student's code out of other folders");
        var file = outside.resolve("written-by-the-student.txt");

        var listener = exercise(graded(studentCopy(root, "writes-outside", "OUTSIDE_FILE", file.toString())),
                "LoopbackListener");

        assertAll(
                () -> assertFalse(Files.exists(file), "the file outside the sandbox"),
                () -> assertEquals(Grader.Status.PASSED, listener.status(), listener.output()));
    }

    @Test
    void a_setsid_child_that_would_write_late_is_gone_when_grading_ends(@TempDir Path root, @TempDir Path outside)
            throws IOException {
        requireSandbox("grades in a Linux PID namespace, which ends every process of the run with it");
        var marker = "late-writer-" + UUID.randomUUID();

        var listener = exercise(graded(studentCopy(root, "leaves-a-late-writer", "OUTSIDE_FILE",
                outside.resolve("late.txt").toString(), "LATE_WRITER", marker)), "LoopbackListener");

        var left = ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).contains(marker)).toList();
        assertAll(
                () -> assertEquals(List.of(), left, "processes of the run still alive"),
                () -> assertEquals(Grader.Status.PASSED, listener.status(), "the late writer started: " + listener.output()));
    }

    @Test
    void the_students_code_sees_the_loopback_as_its_only_network_interface(@TempDir Path root) throws IOException {
        requireSandbox("grades in a Linux network namespace, whose only interface is its own loopback");

        var listener = exercise(graded(studentCopy(root, "lists-interfaces")), "LoopbackListener");

        assertEquals(Grader.Status.PASSED, listener.status(), listener.output());
    }

    @Test
    void an_endless_loop_fails_its_exercise_and_grading_goes_on(@TempDir Path root) throws IOException {
        var listener = exercise(graded(studentCopy(root, "student-loops")), "LoopbackListener");

        assertAll(
                () -> assertEquals(Grader.Status.FAILED, listener.status(), listener.output()),
                () -> assertEquals(0, listener.score()));
    }

    @Test
    void system_exit_ends_the_exercise_without_points(@TempDir Path root) throws IOException {
        var listener = exercise(graded(studentCopy(root, "student-exits")), "LoopbackListener");

        assertAll(
                () -> assertEquals(Grader.Status.ENDED, listener.status(), listener.output()),
                () -> assertEquals(0, listener.score()));
    }

    @Test
    void runtime_halt_ends_the_exercise_without_points(@TempDir Path root) throws IOException {
        var listener = exercise(graded(studentCopy(root, "student-halts")), "LoopbackListener");

        assertAll(
                () -> assertEquals(Grader.Status.ENDED, listener.status(), listener.output()),
                () -> assertEquals(0, listener.score()));
    }
}

package sockets.cli.students;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;
import sockets.cli.FileTree;
import sockets.cli.FixtureWorkbook;

/** {@code ./workbook progress}: every exercise, told from the work copies as they are. */
@Timeout(60)
class ProgressCommandTest {

    @Test
    void ticks_the_exercises_the_students_work_copy_solves(@TempDir Path root) {
        var chapters = FixtureWorkbook.in(root).resolve("chapters");
        FileTree.copyWithoutReplacing(FixtureWorkbook.variant("half-done"), chapters.resolve("01-fixture/exercises/work"));

        var run = CommandRun.in(root, "progress");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertEquals("""
                        [x] 01 LoopbackListener  done
                        [ ] 01 LineEcho          not started
                        1 of 2 exercises done. 1 not started.
                        """, run.out()));
    }

    @Test
    void says_not_started_without_a_work_copy_and_makes_none(@TempDir Path root) {
        var chapters = FixtureWorkbook.in(root).resolve("chapters");

        var run = CommandRun.in(root, "progress");

        assertAll(
                () -> assertEquals("""
                        [ ] 01 LoopbackListener  not started
                        [ ] 01 LineEcho          not started
                        0 of 2 exercises done.
                        """, run.out()),
                () -> assertFalse(Files.exists(chapters.resolve("01-fixture/exercises/work")), "no work copy made"));
    }

    @Test
    void says_not_passing_yet_for_an_exercise_begun_but_failing(@TempDir Path root) throws Exception {
        var chapters = FixtureWorkbook.in(root).resolve("chapters");
        var work = chapters.resolve("01-fixture/exercises/work");
        FileTree.copyWithoutReplacing(chapters.resolve("01-fixture/exercises/starter"), work);
        var lineEcho = work.resolve("sockets/fixture/exercises/LineEcho.java");
        Files.writeString(lineEcho, Files.readString(lineEcho) + "// begun\n");

        var run = CommandRun.in(root, "progress");

        assertEquals("""
                [ ] 01 LoopbackListener  not started
                [ ] 01 LineEcho          not passing yet
                0 of 2 exercises done. 1 not started.
                """, run.out());
    }

    @Test
    void a_new_exercise_after_git_pull_shows_as_not_started_and_the_finished_one_stays_done(@TempDir Path root)
            throws Exception {
        // The work copy was made when the chapter had one exercise; the new version brought LineEcho.
        var chapters = FixtureWorkbook.in(root).resolve("chapters");
        var work = chapters.resolve("01-fixture/exercises/work/sockets/fixture/exercises");
        Files.createDirectories(work);
        var solved = FixtureWorkbook.variant("half-done").resolve("sockets/fixture/exercises/LoopbackListener.java");
        Files.copy(solved, work.resolve("LoopbackListener.java"));

        var run = CommandRun.in(root, "progress");

        assertAll(
                () -> assertEquals("""
                        [x] 01 LoopbackListener  done
                        [ ] 01 LineEcho          not started
                        1 of 2 exercises done. 1 not started.
                        """, run.out()),
                () -> assertEquals(Files.readString(solved), Files.readString(work.resolve("LoopbackListener.java")),
                        "the finished work is untouched"),
                () -> assertFalse(Files.exists(work.resolve("LineEcho.java")), "progress writes nothing"));
    }

    @Test
    void ignores_directories_that_are_not_chapters_with_exercises(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("chapters/02-no-exercises-yet"));
        Files.createDirectories(root.resolve("chapters/notes/exercises"));

        var run = CommandRun.in(root, "progress");

        assertEquals("0 of 0 exercises done.\n", run.out());
    }
}

package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class ProgressCommandTest {

    @Test
    void ticks_the_exercises_the_students_work_copy_solves(@TempDir Path root) {
        var chapters = FixtureChapter.copyOfChaptersInto(root);
        FixtureChapter.copyTree(FixtureChapter.variant("half-done"), chapters.resolve("01-fixture/exercises/work"));

        var run = RunnerInvocation.run("progress", chapters.toString());

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertEquals("""
                        [x] 01 LoopbackListener
                        [ ] 01 LineEcho
                        1 of 2 exercises done.
                        """, run.out()));
    }

    @Test
    void ignores_directories_that_are_not_chapters_with_exercises(@TempDir Path root) throws Exception {
        java.nio.file.Files.createDirectories(root.resolve("02-no-exercises-yet"));
        java.nio.file.Files.createDirectories(root.resolve("notes/exercises"));

        var run = RunnerInvocation.run("progress", root.toString());

        assertEquals("0 of 0 exercises done.\n", run.out());
    }
}

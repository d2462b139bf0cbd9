package sockets.cli.tools;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;

/** {@code ./workbook capture}: code/wire's capture, its arguments as typed (code/wire's tests capture). */
class CaptureCommandTest {

    @Test
    void answers_help_with_the_captures_options(@TempDir Path root) {
        var run = CommandRun.in(root, "capture", "--help");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertTrue(run.out().startsWith("usage: ./workbook capture NN [--write FILE] [--seconds N] [PROGRAM] [ARGS...]\n"),
                        run.out()),
                () -> assertTrue(run.out().contains("--seconds N   stop the program after N seconds at most"), run.out()));
    }

    @Test
    void without_a_chapter_says_how_to_name_one(@TempDir Path root) {
        var run = CommandRun.in(root, "capture");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("Give a chapter number, for example: ./workbook capture 04 server.\n", run.err()));
    }

    @Test
    void leaves_the_words_after_the_chapter_to_the_capture(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("chapters/04-accept"));
        Files.writeString(root.resolve("chapters/04-accept/programs.properties"), "server = sockets.ch04.Server\n");

        var run = CommandRun.in(root, "capture", "04", "--seconds", "forever", "--help");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("--seconds takes a number of seconds from 1 to 3600, not 'forever'.\n", run.err()));
    }
}

package sockets.cli.students;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;
import sockets.cli.FixtureWorkbook;

/** {@code ./workbook reset NN}: asks, keeps the work in a dated backup, puts the starters back. */
class ResetCommandTest {

    private static Path workedOn(Path root) throws IOException {
        FixtureWorkbook.in(root);
        var mine = FixtureWorkbook.chapter(root).resolve("exercises/work/sockets/fixture/exercises/LineEcho.java");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "// my work\n");
        return mine;
    }

    @Test
    void changes_nothing_unless_the_answer_is_yes(@TempDir Path root) throws IOException {
        var mine = workedOn(root);

        var run = CommandRun.typing("n\n", root, "reset", "01");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertTrue(run.err().startsWith("Put the starters of chapters/01-fixture back as shipped? Your work is kept in "
                        + "chapters/01-fixture/exercises/work.bak-"), run.err()),
                () -> assertEquals("nothing changed.\n", run.out()),
                () -> assertEquals("// my work\n", Files.readString(mine)));
    }

    @Test
    void puts_the_starters_back_when_the_answer_is_yes(@TempDir Path root) throws IOException {
        var mine = workedOn(root);

        var run = CommandRun.typing("y\n", root, "reset", "01");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertTrue(run.out().startsWith("the starters of chapters/01-fixture are back as shipped"), run.out()),
                () -> assertEquals(Files.readString(FixtureWorkbook.chapter(root)
                        .resolve("exercises/starter/sockets/fixture/exercises/LineEcho.java")), Files.readString(mine)));
    }

    @Test
    void with_nothing_to_keep_says_so_and_makes_the_work_copy(@TempDir Path root) {
        FixtureWorkbook.in(root);

        var run = CommandRun.in(root, "reset", "01", "--yes");

        assertAll(
                () -> assertEquals("the starters of chapters/01-fixture are back as shipped, in chapters/01-fixture/exercises/work/.\n",
                        run.out()),
                () -> assertTrue(Files.isDirectory(FixtureWorkbook.chapter(root).resolve("exercises/work/sockets"))));
    }
}

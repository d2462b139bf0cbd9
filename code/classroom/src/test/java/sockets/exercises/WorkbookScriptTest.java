package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The students' commands through the launcher ./workbook: run's typo, list, reset. */
@Timeout(120)
class WorkbookScriptTest {

    private static final Duration QUICK = Duration.ofSeconds(30);

    @Test
    void a_word_in_the_programs_place_that_names_no_program_lists_the_chapters_programs(@TempDir Path root)
            throws IOException {
        var run = WorkbookScript.run(WorkbookScript.withChapter06(root), QUICK, "run", "06", "clinet");

        assertAll(
                () -> assertEquals(2, run.status(), run.err()),
                () -> assertTrue(run.err().startsWith("Chapter 06-send-and-receive has no program named 'clinet'; its programs are:\n"),
                        run.err()),
                () -> assertTrue(run.err().contains("      client       The echo server's client"), run.err()),
                () -> assertEquals("", run.out()));
    }

    @Test
    void list_marks_the_default_program_and_says_what_each_does(@TempDir Path root) throws IOException {
        var run = WorkbookScript.run(WorkbookScript.withChapter06(root), QUICK, "list");

        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertTrue(run.out().startsWith("06  send and receive\n    * demo         The echo server on a thread,"),
                        run.out()),
                () -> assertTrue(run.out().contains("\n      server       An echo server.\n"), run.out()));
    }

    @Test
    void reset_keeps_the_work_as_a_dated_backup_and_says_where(@TempDir Path root) throws IOException {
        WorkbookScript.withChapter06(root);
        var exercises = root.resolve("chapters/06-send-and-receive/exercises");
        var mine = exercises.resolve("work/sockets/fixture/exercises/LineEcho.java");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "// my work\n");

        var run = WorkbookScript.run(root, QUICK, "reset", "06", "--yes");

        try (var kept = Files.list(exercises)) {
            var backups = kept.filter(dir -> dir.getFileName().toString().matches("work\\.bak-\\d{8}-\\d{6}")).toList();
            assertAll(
                    () -> assertEquals(0, run.status(), run.err()),
                    () -> assertEquals(1, backups.size(), "one dated backup of the work: " + backups),
                    () -> assertEquals("// my work\n",
                            Files.readString(backups.getFirst().resolve("sockets/fixture/exercises/LineEcho.java"))),
                    () -> assertTrue(run.out().contains("your work is kept in chapters/06-send-and-receive/exercises/"
                            + backups.getFirst().getFileName() + "/"), run.out()),
                    () -> assertEquals(Files.readString(exercises.resolve("starter/sockets/fixture/exercises/LineEcho.java")),
                            Files.readString(mine), "the starter is back in work/"));
        }
    }

    @Test
    void check_compiles_and_tests_the_work_copy_and_answers_the_same_the_second_time(@TempDir Path root) throws IOException {
        WorkbookScript.withChapter06(root);

        var first = WorkbookScript.run(root, QUICK, "check", "06");
        var second = WorkbookScript.run(root, QUICK, "check", "06");

        assertAll(
                () -> assertEquals(1, first.status(), first.err()),
                () -> assertTrue(first.out().contains("FAIL LineEcho\n    echoes one line back: not written yet:"),
                        "compiled against the command line's JUnit, and run: " + first.out()),
                () -> assertTrue(first.out().endsWith("0 of 2 exercises pass.\n"), first.out()),
                () -> assertEquals(first.status(), second.status(), second.err()),
                () -> assertEquals(withoutPorts(first.out()), withoutPorts(second.out())));
    }

    /** The bytes on the wire name the ports the kernel picked, different each run. */
    private static String withoutPorts(String report) {
        return report.replaceAll("connection \\d+ -> \\d+", "connection PORT -> PORT");
    }
}

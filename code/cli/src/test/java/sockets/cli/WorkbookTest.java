package sockets.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/** The command line as a whole: one help text, one sentence for a usage error, the exit statuses. */
class WorkbookTest {

    private static final List<String> COMMANDS = List.of("run", "list", "check", "watch", "hint", "reset", "progress",
            "book", "handout", "grade", "report", "sockets", "capture", "bench");

    @Test
    void the_help_lists_every_command_grouped_by_who_uses_it(@TempDir Path root) {
        var run = CommandRun.in(root, "--help");

        var students = run.out().indexOf("\nfor students:\n");
        var teachers = run.out().indexOf("\nfor teachers:\n");
        var tools = run.out().indexOf("\ntools:\n");
        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertTrue(0 < students && students < teachers && teachers < tools, run.out()),
                () -> assertAll(COMMANDS.stream().<Executable>map(command ->
                        () -> assertTrue(run.out().contains("\n  " + command + " ") || run.out().contains("\n  " + command + "\n"),
                                command + " in:\n" + run.out()))));
    }

    @Test
    void no_command_shows_the_help(@TempDir Path root) {
        var run = CommandRun.in(root);

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertTrue(run.out().startsWith("usage: ./workbook COMMAND"), run.out()));
    }

    @Test
    void the_word_help_shows_the_help_as_the_option_does(@TempDir Path root) {
        assertEquals(CommandRun.in(root, "--help"), CommandRun.in(root, "help"));
    }

    @Test
    void every_command_answers_help_with_its_own_usage(@TempDir Path root) {
        assertAll(COMMANDS.stream().<Executable>map(command -> () -> {
            var run = CommandRun.in(root, command, "--help");
            assertEquals(0, run.status(), command + ": " + run.err());
            assertTrue(run.out().startsWith("usage: ./workbook " + command), run.out());
        }));
    }

    @Test
    void an_unknown_command_is_one_sentence_with_a_suggestion_and_status_2(@TempDir Path root) {
        var run = CommandRun.in(root, "chek", "01");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("Unknown command 'chek'; did you mean check or bench? ./workbook --help lists the commands.\n",
                        run.err()),
                () -> assertEquals("", run.out()));
    }

    @Test
    void an_unknown_option_is_one_sentence_naming_the_commands_help(@TempDir Path root) {
        var run = CommandRun.in(root, "check", "01", "--foo");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("Unknown option: '--foo'. ./workbook check --help says how to use it.\n", run.err()));
    }

    @Test
    void every_file_of_the_command_line_and_its_launchers_is_within_150_lines() throws IOException {
        // surefire runs in code/cli
        var files = new ArrayList<>(List.of(Path.of("../../workbook"), Path.of("../../workbook.cmd")));
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(file -> file.toString().endsWith(".java")).forEach(files::add);
        }
        assertAll(files.stream().<Executable>map(file -> () -> {
            var lines = Files.readAllLines(file).size();
            assertTrue(lines <= 150, file + " has " + lines + " lines");
        }));
    }
}

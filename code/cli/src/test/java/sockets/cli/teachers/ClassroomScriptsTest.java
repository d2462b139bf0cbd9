package sockets.cli.teachers;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;
import sockets.cli.FixtureWorkbook;

/**
 * The scripts a class runs without a teacher at the keyboard, the handout's CI workflow and the
 * Gradescope autograder: every ./workbook command in them is one this command line takes.
 */
@Timeout(120)
class ClassroomScriptsTest {

    private static final Path CLASSROOM = Path.of("../exercise-runner/classroom").toAbsolutePath().normalize();
    /** {@code ./workbook grade ...} or {@code sh ./workbook grade ...}, up to a {@code ||} or the line's end (a comment's aside). */
    private static final Pattern COMMAND = Pattern.compile("(?:sh )?\\./workbook ((?:[^|\\\\\\n]|\\\\\\n)+)");

    private static List<List<String>> commandsIn(String script) throws IOException {
        var commands = new ArrayList<List<String>>();
        var lines = Files.readAllLines(CLASSROOM.resolve(script)).stream().filter(line -> !line.strip().startsWith("#"));
        var matcher = COMMAND.matcher(String.join("\n", lines.toList()));
        while (matcher.find()) {
            commands.add(List.of(matcher.group(1).replace("\\\n", " ").strip().split("\\s+")));
        }
        return commands;
    }

    /**
     * The command run on a workbook where no exercise is begun, so that it grades at once, its
     * /autograder/ folders made in the test's: it grades (0 or 1, never a usage error) and
     * writes its --output.
     */
    private static Executable grades(Path root, String script, List<String> command) {
        return () -> {
            var args = command.stream().map(arg -> arg.startsWith("/autograder/") ? root.resolve(arg.substring(1)).toString() : arg)
                    .toList();
            Files.createDirectories(root.resolve("autograder/submission"));
            var run = CommandRun.in(root, args.toArray(String[]::new));
            var output = args.indexOf("--output");
            assertAll(
                    () -> assertTrue(run.status() == 0 || run.status() == 1, script + ": ./workbook " + String.join(" ", command)
                            + "\n" + run.err()),
                    () -> assertTrue(output < 0 || Files.isRegularFile(root.resolve(args.get(output + 1))), run.err()));
        };
    }

    @Test
    void the_handouts_ci_workflow_grades_with_commands_this_line_takes(@TempDir Path root) throws IOException {
        FixtureWorkbook.in(root);
        var commands = commandsIn("workbook-grade.yml");

        assertFalse(commands.isEmpty(), "the workflow runs ./workbook");
        assertAll(commands.stream().map(command -> grades(root, "workbook-grade.yml", command)));
    }

    /** Its paths are the script's variables: code/classroom's AutograderScriptTest runs the script itself. */
    @Test
    void the_gradescope_autograder_grades_with_a_command_this_line_takes(@TempDir Path root) throws IOException {
        FixtureWorkbook.in(root);
        var commands = commandsIn("gradescope/run_autograder");

        assertEquals(List.of(List.of("grade", "--submission", "\"$root/submission\"", "--format", "gradescope", "--output",
                "\"$results/results.json\"")), commands);
        var run = CommandRun.in(root, "grade", "--submission", "chapters", "--format", "gradescope", "--output", "results.json");
        assertTrue(run.status() == 0 || run.status() == 1, run.err());
    }
}

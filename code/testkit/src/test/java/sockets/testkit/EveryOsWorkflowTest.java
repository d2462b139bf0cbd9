package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * .github/workflows/every-os.yml is the proof a maintainer can run that the workbook works on
 * every student's laptop: this test holds it to every OS, every shell of Windows, and every
 * command a student starts with (run, check twice, hint, progress, and the build itself).
 * The file is read as text (with CRLF line endings or not): its layout is part of what is held.
 */
class EveryOsWorkflowTest {

    private static final Path WORKFLOW = FakeMachine.REPOSITORY.resolve(".github/workflows/every-os.yml");

    /** One row of the matrix: where, in which shell, and how that shell spells the two commands. */
    record Row(String os, String shell, String workbook, String mvnw) {
        String line() {
            return "- { os: " + os + ", shell: " + shell + ", workbook: " + workbook + ", mvnw: " + mvnw + " }";
        }
    }

    static final List<Row> MATRIX = List.of(
            new Row("ubuntu-latest", "bash", "./workbook", "./mvnw"),
            new Row("macos-latest", "bash", "./workbook", "./mvnw"),
            new Row("windows-latest", "bash", "./workbook", "./mvnw"),
            new Row("windows-latest", "pwsh", ".\\workbook", ".\\mvnw.cmd"),
            new Row("windows-latest", "cmd", "workbook", "mvnw"));

    @Test
    void the_matrix_is_every_os_and_every_windows_shell() throws IOException {
        var rows = workflow().lines().map(String::strip).filter(line -> line.startsWith("- { os: ")).toList();
        assertEquals(MATRIX.stream().map(Row::line).toList(), rows);
        assertTrue(workflow().contains("        shell: ${{ matrix.shell }}\n"), "each row runs its steps in its shell");
    }

    @Test
    void it_may_only_read_the_repository() throws IOException {
        assertTrue(workflow().contains("\npermissions:\n  contents: read\n"), "a top-level permissions: contents: read");
    }

    @Test
    void it_checks_out_and_installs_temurin_25() throws IOException {
        var text = workflow();
        assertTrue(text.contains("- uses: actions/checkout@v5\n"), "actions/checkout@v5");
        var jdk = step("id: jdk");
        assertTrue(jdk.contains("uses: actions/setup-java@v5") && jdk.contains("distribution: temurin")
                && jdk.contains("java-version: 25\n"), "the last setup-java installs Temurin 25:\n" + jdk);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run 01", "hint 01", "progress"})
    void every_row_runs_the_workbook_command(String command) throws IOException {
        assertTrue(workflow().contains("- run: ${{ matrix.workbook }} " + command + "\n"), command);
    }

    @Test
    void every_row_builds_and_tests_everything() throws IOException {
        assertTrue(workflow().contains("- run: ${{ matrix.mvnw }} verify\n"), "mvnw verify");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "pwsh", "cmd"})
    void each_shell_checks_twice_and_compares_status_and_output(String shell) throws IOException {
        var check = step("name: check 01, twice\n        if: matrix.shell == '" + shell + "'");
        var row = MATRIX.stream().filter(r -> r.shell().equals(shell)).findFirst().orElseThrow();
        assertEquals(2, occurrences(check, row.workbook() + " check 01 "), "two checks, spelled for " + shell + ":\n" + check);
        assertTrue(check.contains("check-1.txt") && check.contains("check-2.txt"), "both outputs kept to compare:\n" + check);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "pwsh", "cmd"})
    void each_shell_finds_jdk_25_with_jdk_17_first_on_the_path(String shell) throws IOException {
        var oldFirst = step("name: with JDK 17 first on the PATH\n        if: matrix.shell == '" + shell + "'");
        var row = MATRIX.stream().filter(r -> r.shell().equals(shell)).findFirst().orElseThrow();
        assertTrue(oldFirst.contains("steps.old.outputs.path") && oldFirst.contains("JAVA_HOME")
                && oldFirst.contains("target") && oldFirst.contains("jdk-home"),
                "17 first on the PATH, no JAVA_HOME, no cached answer:\n" + oldFirst);
        assertTrue(oldFirst.contains(row.mvnw() + " --version") && oldFirst.contains("Java version: 2[5-9]"),
                "Maven runs on 25:\n" + oldFirst);
        assertTrue(step("id: old").contains("java-version: 17\n"), "setup-java installs 17 as the older JDK");
    }

    /** The one step (the text from its "- " to the next step's) that contains {@code marker}. */
    private static String step(String marker) throws IOException {
        var steps = Arrays.stream(workflow().split("\n      - ")).map(step -> step + "\n").filter(step -> step.contains(marker)).toList();
        assertEquals(1, steps.size(), "one step with " + marker);
        return steps.getFirst();
    }

    private static int occurrences(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    private static String workflow() throws IOException {
        return Files.readString(WORKFLOW).replace("\r\n", "\n");
    }
}

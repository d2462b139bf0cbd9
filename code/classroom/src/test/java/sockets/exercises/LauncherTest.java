package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ./workbook: POSIX sh, no GNU-only tool, the build it asks for (the code only, not
 * the book), once, when a source is newer than the last build, then the new build started.
 */
@Timeout(120)
class LauncherTest {

    private static final Duration QUICK = Duration.ofSeconds(30);
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    /** The build's -pl, in sh ('...'), in cmd ("...") or in Java ("-pl", "..."). */
    private static final Pattern PROJECTS = Pattern.compile("-pl(?: '| \"|\", \")([^'\"]+)['\"]");

    @Test
    void the_build_before_a_program_runs_leaves_out_every_module_of_the_book() throws IOException {
        // Rendering the book takes minutes: a student's ./workbook run, and the Gradescope
        // setup, build the code only. A new book module must be left out there too.
        var repository = WorkbookScript.repository();
        var bookModules = MODULE.matcher(Files.readString(repository.resolve("pom.xml"))).results()
                .map(match -> match.group(1)).filter(module -> module.startsWith("docs")).toList();
        assertTrue(bookModules.contains("docs"), bookModules::toString);
        for (var script : List.of("workbook", "workbook.cmd", "code/cli/src/main/java/sockets/cli/FreshBuild.java",
                "code/exercise-runner/classroom/gradescope/setup.sh")) {
            var build = Files.readString(repository.resolve(script)).lines()
                    .filter(line -> line.contains("-pl")).findFirst().orElseThrow();
            var projects = PROJECTS.matcher(build);
            assertTrue(projects.find(), script + " builds with -pl and the modules: " + build.strip());
            var leftOut = List.of(projects.group(1).split(","));
            assertAll(bookModules.stream().<Executable>map(module -> () -> assertTrue(leftOut.contains("!" + module),
                    script + "'s build leaves out " + module + ": " + build.strip())));
        }
    }

    @Test
    void runs_under_dash_the_sh_of_debian_and_ubuntu(@TempDir Path root) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/dash")) || Files.isExecutable(Path.of("/usr/bin/dash")),
                "dash is not installed here, so the launcher is not tried under it.");

        var run = WorkbookScript.run("dash", WorkbookScript.withChapter06(root), QUICK, "list");

        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertTrue(run.out().startsWith("06  send and receive\n"), run.out()));
    }

    @Test
    void the_launcher_uses_no_tool_that_only_gnu_has() throws IOException {
        // macOS has BSD tools and bash 3.2; copying, hashing and editing files is Java's work.
        var launcher = Files.readString(WorkbookScript.repository().resolve("workbook"));
        assertAll(Stream.of("cp --parents", "cp -n", "cp -R -n", "sed -i", "sha256sum", "readlink -f", "mapfile", "declare -A",
                "[[", "BASH_SOURCE", "local ").<Executable>map(gnuOnly ->
                () -> assertFalse(launcher.contains(gnuOnly), "./workbook uses " + gnuOnly)));
    }

    @Test
    void builds_through_the_wrapper_when_a_source_is_newer_then_starts_again_on_the_new_build(@TempDir Path root)
            throws IOException {
        WorkbookScript.withChapter06(root);
        // The wrapper, as a fake that only says how it was called: the test's classes are this build's.
        Files.writeString(root.resolve("mvnw"), "echo \"mvnw $*\" >> mvnw-calls.txt\n");

        var run = WorkbookScript.runChecksBuild(root, QUICK, "list");

        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertEquals("building the workbook (only when sources have changed)...\n", run.err()),
                () -> assertEquals("mvnw -q -DskipTests -pl !docs,!docs/print process-classes\n",
                        Files.readString(root.resolve("mvnw-calls.txt")), "one build"),
                () -> assertTrue(run.out().startsWith("06  send and receive\n"), "then the command: " + run.out()),
                () -> assertTrue(Files.isRegularFile(root.resolve("target/workbook.stamp")), "the build is stamped"));
    }

    @Test
    void builds_nothing_when_no_source_is_newer_than_the_last_build(@TempDir Path root) throws IOException {
        WorkbookScript.withChapter06(root);
        Files.writeString(root.resolve("mvnw"), "echo \"mvnw $*\" >> mvnw-calls.txt\n");
        WorkbookScript.runChecksBuild(root, QUICK, "list");

        var run = WorkbookScript.runChecksBuild(root, QUICK, "list");

        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertEquals("", run.err()),
                () -> assertEquals(1, Files.readAllLines(root.resolve("mvnw-calls.txt")).size(), "still one build"));
    }

    @Test
    void says_the_build_failed_and_runs_no_command_when_the_wrapper_fails(@TempDir Path root) throws IOException {
        WorkbookScript.withChapter06(root);
        Files.writeString(root.resolve("mvnw"), "echo '[ERROR] COMPILATION ERROR' >&1\nexit 1\n");

        var run = WorkbookScript.runChecksBuild(root, QUICK, "list");

        assertAll(
                () -> assertEquals(1, run.status()),
                () -> assertEquals("", run.out(), "the build's output goes to stderr, and list did not run"),
                () -> assertTrue(run.err().endsWith("[ERROR] COMPILATION ERROR\nThe build failed; the messages above say where.\n"),
                        run.err()));
    }
}

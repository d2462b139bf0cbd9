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

/** The launcher ./workbook and the students' commands through it: run's typo, list, reset. */
@Timeout(120)
class WorkbookScriptTest {

    private static final Duration QUICK = Duration.ofSeconds(30);
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    /** The build's -pl, in sh ('...'), in cmd ("...") or in Java ("-pl", "..."). */
    private static final Pattern PROJECTS = Pattern.compile("-pl(?: '| \"|\", \")([^'\"]+)['\"]");

    /** A workbook with chapter 06's programs (copied from the repository) and the fixture's exercises. */
    private static Path workbookWithChapter06(Path root) throws IOException {
        WorkbookScript.rootIn(root);
        var chapter = root.resolve("chapters/06-send-and-receive");
        var real = WorkbookScript.repository().resolve("chapters/06-send-and-receive");
        Files.createDirectories(chapter);
        Files.copy(real.resolve("programs.properties"), chapter.resolve("programs.properties"));
        FixtureChapter.copyTree(real.resolve("src/main/java"), chapter.resolve("src/main/java"));
        FixtureChapter.copyTree(FixtureChapter.chapter().resolve("exercises"), chapter.resolve("exercises"));
        return root;
    }

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
    void a_word_in_the_programs_place_that_names_no_program_lists_the_chapters_programs(@TempDir Path root)
            throws IOException {
        var run = WorkbookScript.run(workbookWithChapter06(root), QUICK, "run", "06", "clinet");

        assertAll(
                () -> assertEquals(2, run.status(), run.err()),
                () -> assertTrue(run.err().startsWith("Chapter 06-send-and-receive has no program named 'clinet'; its programs are:\n"),
                        run.err()),
                () -> assertTrue(run.err().contains("      client       The echo server's client"), run.err()),
                () -> assertEquals("", run.out()));
    }

    @Test
    void list_marks_the_default_program_and_says_what_each_does(@TempDir Path root) throws IOException {
        var run = WorkbookScript.run(workbookWithChapter06(root), QUICK, "list");

        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertTrue(run.out().startsWith("06  send and receive\n    * demo         The echo server on a thread,"),
                        run.out()),
                () -> assertTrue(run.out().contains("\n      server       An echo server.\n"), run.out()));
    }

    @Test
    void reset_keeps_the_work_as_a_dated_backup_and_says_where(@TempDir Path root) throws IOException {
        workbookWithChapter06(root);
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
    void runs_under_dash_the_sh_of_debian_and_ubuntu(@TempDir Path root) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/dash")) || Files.isExecutable(Path.of("/usr/bin/dash")),
                "dash is not installed here, so the launcher is not tried under it.");

        var run = WorkbookScript.run("dash", workbookWithChapter06(root), QUICK, "list");

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
        workbookWithChapter06(root);
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
        workbookWithChapter06(root);
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
        workbookWithChapter06(root);
        Files.writeString(root.resolve("mvnw"), "echo '[ERROR] COMPILATION ERROR' >&1\nexit 1\n");

        var run = WorkbookScript.runChecksBuild(root, QUICK, "list");

        assertAll(
                () -> assertEquals(1, run.status()),
                () -> assertEquals("", run.out(), "the build's output goes to stderr, and list did not run"),
                () -> assertTrue(run.err().endsWith("[ERROR] COMPILATION ERROR\nThe build failed; the messages above say where.\n"),
                        run.err()));
    }
}

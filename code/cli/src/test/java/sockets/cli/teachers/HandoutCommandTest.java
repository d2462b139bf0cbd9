package sockets.cli.teachers;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;
import sockets.exercises.TestFileChecksums;

/** {@code ./workbook handout DIR} on a small workbook a test makes: what the students' copy holds. */
@Timeout(60)
class HandoutCommandTest {

    private static final Path CLASSROOM = Path.of("../exercise-runner/classroom").toAbsolutePath().normalize();

    /** A workbook with one chapter's exercises, a student's work in it, and what a build leaves. */
    private static Path workbook(Path root) throws IOException {
        var exercises = root.resolve("chapters/01-first/exercises");
        write(exercises.resolve("starter/Echo.java"), "// TODO(exercise)\n");
        write(exercises.resolve("test/EchoTest.java"), "class EchoTest {}\n");
        write(exercises.resolve("solution/Echo.java"), "class Echo {}\n");
        write(exercises.resolve("mistakes/Echo/forgets-flush/Echo.java"), "class Echo { /* no flush */ }\n");
        write(exercises.resolve("work/Echo.java"), "// mine\n");
        write(exercises.resolve("work.bak-20270101-120000/Echo.java"), "// mine before\n");
        write(exercises.resolve(".hints-shown"), "Echo=1\n");
        write(root.resolve("chapters/01-first/target/classes/Echo.class"), "");
        write(root.resolve(".gitignore"), "target/\n# Each student's own copy of the exercise starters.\n"
                + "chapters/*/exercises/work/\n.idea/\n");
        write(root.resolve("README.adoc"), "= The workbook\n");
        write(root.resolve("assignments/week-01.properties"), "chapters=01\n");
        write(root.resolve("assignments/week-01.hidden/01-first/EchoTest.java"), "class EchoTest {}\n");
        write(root.resolve("workbook"), "#!/bin/sh\n");
        assumeTrue(root.resolve("workbook").toFile().setExecutable(true), "this file system keeps no executable bit");
        for (var file : List.of("workbook-grade.yml", "handout-readme.adoc")) {
            write(root.resolve("code/exercise-runner/classroom").resolve(file), Files.readString(CLASSROOM.resolve(file)));
        }
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> filesIn(Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(copy)) {
            return files.filter(Files::isRegularFile).map(file -> copy.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void holds_the_workbook_without_solutions_mistakes_hidden_tests_work_copies_hints_or_builds(@TempDir Path temp) throws IOException {
        var root = workbook(temp.resolve("workbook"));
        var copy = temp.resolve("class-of-2027");

        var run = CommandRun.in(root, "handout", copy.toString());

        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertEquals(List.of(".github/workflows/workbook-grade.yml", ".gitignore", ".handout/test-files.sha256",
                        "README.adoc", "assignments/week-01.properties", "chapters/01-first/exercises/starter/Echo.java",
                        "chapters/01-first/exercises/test/EchoTest.java", "code/exercise-runner/classroom/handout-readme.adoc",
                        "code/exercise-runner/classroom/workbook-grade.yml", "workbook"), filesIn(copy)),
                () -> assertTrue(run.out().startsWith("the students' copy: " + copy), run.out()));
    }

    @Test
    void lets_students_commit_their_work_and_tells_them_how_it_is_checked(@TempDir Path temp) throws IOException {
        var root = workbook(temp.resolve("workbook"));
        var copy = temp.resolve("copy");

        CommandRun.in(root, "handout", copy.toString());

        assertAll(
                () -> assertEquals("target/\n.idea/\n", Files.readString(copy.resolve(".gitignore"))),
                () -> assertEquals("= The workbook\n" + Files.readString(CLASSROOM.resolve("handout-readme.adoc")),
                        Files.readString(copy.resolve("README.adoc"))),
                () -> assertEquals(TestFileChecksums.of(copy), Files.readString(copy.resolve(TestFileChecksums.MANIFEST))),
                () -> assertTrue(Files.isExecutable(copy.resolve("workbook")), "the launcher stays executable"));
    }

    @Test
    void in_a_git_work_tree_takes_what_git_tracks_or_would_add_never_what_it_ignores(@TempDir Path temp) throws Exception {
        var root = workbook(temp.resolve("workbook"));
        write(root.resolve("notes.txt"), "a teacher's own, ignored\n");
        Files.writeString(root.resolve(".gitignore"), "notes.txt\n", java.nio.file.StandardOpenOption.APPEND);
        var git = new ProcessBuilder("git", "init", "-q").directory(root.toFile()).redirectErrorStream(true).start();
        assumeTrue(git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0, "git is not installed here");
        var copy = temp.resolve("copy");

        CommandRun.in(root, "handout", copy.toString());

        assertAll(
                () -> assertFalse(Files.exists(copy.resolve("notes.txt")), "an ignored file"),
                () -> assertTrue(Files.isRegularFile(copy.resolve("chapters/01-first/exercises/starter/Echo.java")),
                        "a file git has not been told of yet"));
    }

    @Test
    void refuses_a_folder_that_holds_something(@TempDir Path temp) throws IOException {
        var root = workbook(temp.resolve("workbook"));
        write(temp.resolve("used/old.txt"), "");

        var run = CommandRun.in(root, "handout", temp.resolve("used").toString());

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals(temp.resolve("used") + " exists and is not empty: give a new directory.\n", run.err()));
    }

    @Test
    void refuses_a_folder_inside_the_workbook_and_makes_nothing(@TempDir Path temp) throws IOException {
        var root = workbook(temp.resolve("workbook"));

        var run = CommandRun.in(root, "handout", "handed-out");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("Give a directory outside the workbook, not " + root.resolve("handed-out") + ".\n", run.err()),
                () -> assertFalse(Files.exists(root.resolve("handed-out"))));
    }

    @Test
    void without_a_folder_says_where_to_write(@TempDir Path root) {
        var run = CommandRun.in(root, "handout");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("Say where to write the students' copy: ./workbook handout DIR.\n", run.err()));
    }
}

package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./workbook handout DIR on this repository (the command line in this JVM), then in the
 * students' copy the two commands a student runs first, through the Maven wrapper and the
 * launcher. The copy's verify is restricted to one chapter and the command line, offline, to
 * stay quick: the whole verify in a handout is run by hand (the teachers' page gives its time).
 */
@Timeout(400)
class HandoutCommandTest {

    private static int run(Path directory, Duration limit, Path log, String... command) throws Exception {
        var process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within " + limit + ":\n" + Files.readString(log));
        }
        return process.exitValue();
    }

    @Test
    void a_handout_has_no_solutions_and_its_verify_and_run_work(@TempDir Path temp) throws Exception {
        var copy = temp.resolve("class-of-2027");
        var log = temp.resolve("log.txt");

        var handout = RunnerInvocation.run(WorkbookScript.repository(), "handout", copy.toString());

        assertEquals(0, handout.status(), handout.err());
        List<Path> solutions;
        try (var paths = Files.walk(copy.resolve("chapters"))) {
            solutions = paths.filter(p -> p.getFileName().toString().equals("solution")).toList();
        }
        var manifest = Files.readAllLines(copy.resolve(TestFileChecksums.MANIFEST));
        assertAll(
                () -> assertEquals(List.of(), solutions, "no reference solutions in a handout"),
                () -> assertTrue(Files.readString(copy.resolve("README.adoc")).contains("how your exercises are checked")),
                () -> assertTrue(manifest.contains(TextFile.sha256(copy.resolve(
                        "chapters/04-accept/exercises/test/sockets/ch04/exercises/SingleClientServerTest.java"))
                        + "  chapters/04-accept/exercises/test/sockets/ch04/exercises/SingleClientServerTest.java"),
                        "sha256sum's format, one line per test file"),
                () -> assertFalse(Files.readString(copy.resolve(".gitignore")).contains("exercises/work/"),
                        "students commit their work"),
                () -> assertTrue(Files.isRegularFile(copy.resolve(".github/workflows/workbook-grade.yml"))),
                () -> assertTrue(Files.isExecutable(copy.resolve("workbook")) && Files.isExecutable(copy.resolve("mvnw")),
                        "the launcher and the wrapper stay executable"),
                () -> assertEquals(List.of(), TestFileChecksums.edited(copy), "a fresh handout matches its manifest"));

        // code/cli too: the launcher starts the command line from its build
        var verify = new ArrayList<>(List.of("./mvnw", "-q", "-o", "-pl", "chapters/04-accept,code/cli", "-am", "verify",
                "-Dtest=ExercisesTest", "-Dsurefire.failIfNoSpecifiedTests=false"));
        assertEquals(0, run(copy, Duration.ofSeconds(330), log, verify.toArray(String[]::new)),
                "./mvnw verify in the handout:\n" + Files.readString(log));

        // The verify built chapter 04 and the command line: the launcher need not build again.
        Files.createDirectories(copy.resolve("target"));
        Files.writeString(copy.resolve("target/workbook.stamp"), "");
        var help = WorkbookScript.run(copy, Duration.ofSeconds(60), "run", "04", "--help");
        assertEquals(0, help.status(), "./workbook run 04 --help in the handout:\n" + help.out() + help.err());
        assertTrue((help.out() + help.err()).contains("--port"), help.out() + help.err());
    }
}

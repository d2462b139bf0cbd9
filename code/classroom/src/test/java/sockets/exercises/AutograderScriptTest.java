package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradescope's run_autograder, the script itself, in a layout that mirrors /autograder under a
 * temporary root (AUTOGRADER_ROOT): source/ holds the fixture workbook and a stand-in launcher
 * that runs this build's command line on the running JDK (AUTOGRADER_JDK), so nothing is
 * downloaded or built. Each submission gets a results.json with the fields Gradescope documents.
 */
@Timeout(180)
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "Gradescope runs Linux; the script is POSIX sh")
class AutograderScriptTest {

    private static final Path SCRIPT = Path.of("../exercise-runner/classroom/gradescope/run_autograder").toAbsolutePath().normalize();
    private static final Path SOLUTION = FixtureChapter.chapter().resolve("exercises/solution/sockets/fixture/exercises");

    /** /autograder under {@code root}, with the workbook in source/ and an empty submission/. */
    private static Path autograder(Path root, String launcher) throws Exception {
        FixtureChapter.copyOfChaptersInto(root.resolve("source/chapters"));
        Files.writeString(root.resolve("source/workbook"), launcher);
        Files.createDirectories(root.resolve("submission"));
        return root;
    }

    /** This build's command line, as the handout's launcher would start it once setup.sh has built it. */
    private static String thisBuildsLauncher() {
        var classPath = String.join(File.pathSeparator, RunnerClassPath.entries().stream().map(Path::toString).toList());
        return "#!/bin/sh\nexec \"$JAVA_HOME/bin/java\" -Dsurefire.test.class.path='" + classPath + "' -cp '" + classPath
                + "' sockets.cli.Workbook \"$@\"\n";
    }

    private static Map<?, ?> runAutograder(Path root) throws Exception {
        var builder = new ProcessBuilder("sh", SCRIPT.toString()).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve("stdout").toFile());
        builder.environment().put("AUTOGRADER_ROOT", root.toString());
        builder.environment().put("AUTOGRADER_JDK", System.getProperty("java.home"));
        builder.environment().put("WORKBOOK_JUST_BUILT", "1");
        var process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(150, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        var results = Files.readString(root.resolve("results/results.json"));
        var json = assertInstanceOf(Map.class, Json.parse(results), results + Files.readString(root.resolve("stdout")));
        assertAll(
                () -> assertEquals(0, process.exitValue(), Files.readString(root.resolve("stdout"))),
                () -> assertInstanceOf(Double.class, json.get("score")),
                () -> assertInstanceOf(Double.class, json.get("execution_time")),
                () -> assertInstanceOf(String.class, json.get("output")),
                () -> assertEquals("hidden", json.get("stdout_visibility")),
                () -> assertInstanceOf(List.class, json.get("tests")));
        return json;
    }

    @Test
    void grades_loose_java_files_placed_by_their_package(@TempDir Path root) throws Exception {
        autograder(root, thisBuildsLauncher());
        Files.copy(SOLUTION.resolve("LoopbackListener.java"), root.resolve("submission/LoopbackListener.java"));

        var results = runAutograder(root);

        assertEquals(1.0, results.get("score"), "LoopbackListener's point: " + results);
    }

    @Test
    void grades_a_repository_zipped_with_one_more_folder_and_code_that_does_not_compile(@TempDir Path root) throws Exception {
        autograder(root, thisBuildsLauncher());
        FixtureChapter.copyTree(FixtureChapter.variant("compile-error"),
                root.resolve("submission/sockets-2027-bob/chapters/01-fixture/exercises/work"));

        var results = runAutograder(root);

        var lineEcho = (Map<?, ?>) ((List<?>) results.get("tests")).get(1);
        assertAll(
                () -> assertEquals(1.0, results.get("score"), "LoopbackListener compiles and passes on its own"),
                () -> assertTrue(String.valueOf(lineEcho.get("output")).startsWith("does not compile"), lineEcho.toString()));
    }

    @Test
    void says_why_an_empty_submission_scores_nothing(@TempDir Path root) throws Exception {
        autograder(root, thisBuildsLauncher());

        var results = runAutograder(root);

        assertAll(
                () -> assertEquals(0.0, results.get("score")),
                () -> assertEquals(GradescopeResults.NOTHING_FOUND, results.get("output")));
    }

    @Test
    void writes_results_json_with_the_reason_when_the_grader_cannot_run(@TempDir Path root) throws Exception {
        autograder(root, "#!/bin/sh\necho 'The build failed.' >&2\nexit 1\n");

        var results = runAutograder(root);

        assertAll(
                () -> assertEquals(0.0, results.get("score")),
                () -> assertTrue(String.valueOf(results.get("output")).startsWith("The autograder could not grade this submission"),
                        String.valueOf(results.get("output"))));
    }
}

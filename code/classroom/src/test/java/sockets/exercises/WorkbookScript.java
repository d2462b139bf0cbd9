package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code ./workbook} script of this repository, run as a student runs it, in a directory
 * the test made (a copy of the script and of what the command needs), never in the repository.
 */
record WorkbookScript(int status, String out, String err) {

    /** The repository: the runner module is code/exercise-runner, where surefire runs. */
    static Path repository() {
        var here = Path.of("").toAbsolutePath();
        return here.resolve("../..").normalize();
    }

    /**
     * A workbook root in {@code root}: the script, the JDK finder, the built code (the runner's
     * classes and class path, copied from this build) and no build to redo (a fresh build stamp).
     */
    static Path rootIn(Path root) {
        try {
            var repository = repository();
            Files.copy(repository.resolve("workbook"), root.resolve("workbook"));
            root.resolve("workbook").toFile().setExecutable(true);
            FixtureChapter.copyTree(repository.resolve(".mvn"), root.resolve(".mvn"));
            Files.copy(repository.resolve("pom.xml"), root.resolve("pom.xml"));
            var runner = root.resolve("code/exercise-runner/target");
            FixtureChapter.copyTree(repository.resolve("code/exercise-runner/target/classes"), runner.resolve("classes"));
            Files.copy(repository.resolve("code/exercise-runner/target/runtime-classpath.txt"),
                    runner.resolve("runtime-classpath.txt"));
            Files.createDirectories(root.resolve("chapters"));
            Files.createDirectories(root.resolve("target"));
            Files.writeString(root.resolve("target/workbook.stamp"), "");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkbookScript run(Path root, Duration limit, String... args) {
        var command = new ArrayList<String>(List.of("bash", root.resolve("workbook").toString()));
        command.addAll(List.of(args));
        try {
            var out = Files.createTempFile("workbook-out", ".txt");
            var err = Files.createTempFile("workbook-err", ".txt");
            try {
                var process = new ProcessBuilder(command).directory(root.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new AssertionError("./workbook " + String.join(" ", args) + " did not end within " + limit
                            + "; it printed:\n" + Files.readString(out) + Files.readString(err));
                }
                return new WorkbookScript(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

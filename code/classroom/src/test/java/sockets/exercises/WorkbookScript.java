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
import sockets.cli.FreshBuild;

/**
 * The {@code ./workbook} launcher of this repository, run as a student runs it (by a POSIX sh,
 * dash where it is the sh), in a directory the test made (a copy of the launcher and of what the
 * command needs), never in the repository.
 */
record WorkbookScript(int status, String out, String err) {

    /** The repository: this module is code/classroom, where surefire runs. */
    static Path repository() {
        var here = Path.of("").toAbsolutePath();
        return here.resolve("../..").normalize();
    }

    /**
     * A workbook root in {@code root}: the launcher, the JDK finder, the built command line (its
     * classes and class path, copied from this build) and no build to redo (see {@link #run}).
     */
    static Path rootIn(Path root) {
        try {
            var repository = repository();
            Files.copy(repository.resolve("workbook"), root.resolve("workbook"));
            root.resolve("workbook").toFile().setExecutable(true);
            FixtureChapter.copyTree(repository.resolve(".mvn"), root.resolve(".mvn"));
            Files.copy(repository.resolve("pom.xml"), root.resolve("pom.xml"));
            var cli = root.resolve("code/cli/target");
            FixtureChapter.copyTree(repository.resolve("code/cli/target/classes"), cli.resolve("classes"));
            Files.copy(repository.resolve("code/cli/target/classpath.txt"), cli.resolve("classpath.txt"));
            Files.createDirectories(root.resolve("chapters"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook with chapter 06's programs (copied from the repository) and the fixture's exercises. */
    static Path withChapter06(Path root) throws IOException {
        rootIn(root);
        var chapter = root.resolve("chapters/06-send-and-receive");
        var real = repository().resolve("chapters/06-send-and-receive");
        Files.createDirectories(chapter);
        Files.copy(real.resolve("programs.properties"), chapter.resolve("programs.properties"));
        FixtureChapter.copyTree(real.resolve("src/main/java"), chapter.resolve("src/main/java"));
        FixtureChapter.copyTree(FixtureChapter.chapter().resolve("exercises"), chapter.resolve("exercises"));
        return root;
    }

    /**
     * Runs {@code sh workbook ARGS} in {@code root}, as built: the test copied the classes of this
     * build, so the launcher is told they are fresh (what it tells the command line after a build).
     */
    static WorkbookScript run(Path root, Duration limit, String... args) {
        return run("sh", root, limit, true, args);
    }

    /** The same with another shell, dash or bash. */
    static WorkbookScript run(String shell, Path root, Duration limit, String... args) {
        return run(shell, root, limit, true, args);
    }

    /** {@code sh workbook ARGS} as a student starts it, the command line checking its build itself. */
    static WorkbookScript runChecksBuild(Path root, Duration limit, String... args) {
        return run("sh", root, limit, false, args);
    }

    private static WorkbookScript run(String shell, Path root, Duration limit, boolean built, String... args) {
        var command = new ArrayList<String>(List.of(shell, root.resolve("workbook").toString()));
        command.addAll(List.of(args));
        try {
            var out = Files.createTempFile("workbook-out", ".txt");
            var err = Files.createTempFile("workbook-err", ".txt");
            try {
                var builder = new ProcessBuilder(command).directory(root.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().remove(FreshBuild.JUST_BUILT);
                if (built) {
                    builder.environment().put(FreshBuild.JUST_BUILT, "1");
                }
                var process = builder.start();
                process.getOutputStream().close();
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

package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A client in another language (a python3 script, nc) run against a chapter's server: the
 * same bytes on the wire, whatever language the client is in. A machine without the command
 * skips the test (reported as skipped, with the reason) rather than failing it; in CI on Linux
 * ({@code CI=true}), where {@code .ci/install-test-tools} installs every such program with
 * apt-get, {@link #require} fails instead, so that a test never passes there by being skipped.
 */
public final class ExternalClient {

    /** The exit code a {@code sh -c} command uses to say a tool it needs is missing. */
    public static final int MISSING = 77;

    private ExternalClient() {
    }

    /**
     * Returns when {@code command} is on the PATH. Otherwise the test is skipped with one
     * sentence naming the Debian package, or fails where the program must run: in CI on Linux
     * ({@code CI=true}) or when the environment variable {@code requiredBy} is {@code 1}.
     */
    public static void require(String command, String debianPackage, String requiredBy) {
        // The PATH's separator is ';' on Windows, where a program's file ends in .exe.
        var onThePath = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .anyMatch(dir -> !dir.isEmpty() && (Files.isExecutable(Path.of(dir, command))
                        || Files.isExecutable(Path.of(dir, command + ".exe"))));
        if (onThePath) {
            return;
        }
        var sentence = command + " is not installed (Debian: apt-get install " + debianPackage
                + "), so this test is skipped.";
        if ((Platform.isLinux() && "true".equals(System.getenv("CI"))) || "1".equals(System.getenv(requiredBy))) {
            fail(sentence + " Here it must run (CI=true or " + requiredBy
                    + "=1): .ci/install-test-tools installs it.");
        }
        abort(sentence);
    }

    /** Runs {@code python3 -c script args...} and returns what it printed (stdout and stderr). */
    public static String python3(String script, String... args) {
        var command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        return runOrSkip(command.toArray(String[]::new));
    }

    /**
     * Runs a command and returns its output; skips the test if the command is missing, or if
     * it exits with {@link #MISSING}.
     */
    public static String runOrSkip(String... command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            return abort(command[0] + " is not installed");
        }
        try {
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), command[0] + " finished");
            assumeTrue(process.exitValue() != MISSING, "a tool " + String.join(" ", command) + " needs is not installed");
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the output of " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + command[0], e);
        } finally {
            process.destroy();
        }
    }
}

package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A client in another language (a python3 script, nc) run against a chapter's server: the
 * same bytes on the wire, whatever language the client is in. A machine without the command
 * skips the test (reported as skipped, with the reason) rather than failing it.
 */
public final class ExternalClient {

    /** The exit code a {@code sh -c} command uses to say a tool it needs is missing. */
    public static final int MISSING = 77;

    private ExternalClient() {
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

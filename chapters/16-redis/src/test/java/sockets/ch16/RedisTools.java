package sockets.ch16;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Redis's own tools, {@code redis-cli} and {@code redis-benchmark} (Debian's redis-tools),
 * run against this chapter's server. Where they are missing the test says so and skips,
 * unless CI=true or WORKBOOK_REQUIRE_REDIS=1, where they must run (.ci/install-test-tools
 * installs them).
 */
final class RedisTools {

    private RedisTools() {
    }

    /** Skips the test, or fails it in CI, when {@code tool} is not on the PATH. */
    static void require(String tool) {
        var found = List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
        if (found) {
            return;
        }
        var sentence = tool + " is not installed (Debian: apt-get install redis-tools), so the test"
                + " of the server by Redis's own client is skipped.";
        if ("true".equals(System.getenv("CI")) || "1".equals(System.getenv("WORKBOOK_REQUIRE_REDIS"))) {
            fail(sentence + " CI requires it: run .ci/install-test-tools.");
        }
        abort(sentence);
    }

    /** Runs {@code sh -c script} and returns what it printed, stdout and stderr merged. */
    static String shell(String script, Duration limit) {
        try {
            var process = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
            try {
                var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS), script + " finished");
                return output;
            } finally {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + script, e);
        }
    }
}

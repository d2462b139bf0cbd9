package sockets.ch16;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import sockets.testkit.ExternalClient;

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
        ExternalClient.require(tool, tool.equals("redis-server") ? "redis-server" : "redis-tools",
                "WORKBOOK_REQUIRE_REDIS");
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

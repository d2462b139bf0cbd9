package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A program started with a stop line is stopped as Ctrl-C would stop it, here as on Windows. */
@Timeout(30)
class StopLineTest {

    /** A program that waits for ever, with a shutdown hook that says it ran. */
    public static final class Hooked {

        public static void main(String[] args) throws InterruptedException {
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(
                    () -> System.out.println("the hook ran")));
            System.out.println("running with " + String.join(" ", args));
            new CountDownLatch(1).await();
        }
    }

    @Test
    void closing_the_stop_line_runs_the_programs_shutdown_hooks_and_exits_as_sigterm_would() {
        try (var program = JavaProgram.startStoppable(Hooked.class, "two", "args")) {
            program.awaitLine("running with two args");
            program.interrupt();
            var result = program.awaitExit(Duration.ofSeconds(10));
            assertTrue(result.stdout().contains("the hook ran"), result::toString);
            assertEquals(StopLine.STATUS, result.exitCode(), "128 + SIGTERM's 15");
        }
    }
}

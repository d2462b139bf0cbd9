package sockets.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every page of the book before the Nu Html Checker (npm vnu-jar, the W3C validator's engine),
 * run offline with the JDK that runs the tests. Without vnu-jar the test skips (OutsideJudge).
 */
class TheNuCheckerTest {

    @Test
    @Timeout(180)
    void the_nu_html_checker_finds_no_error_on_any_page() throws IOException, InterruptedException {
        var vnu = OutsideJudge.NU_CHECKER.require();
        var pages = BookSources.renderedPages();
        // C1 alone and the serial collector: half the CPU of a default JVM for a run of seconds
        // (4.3 s against 8.4 s here). C1's frames are larger, and the checker's schema needs a
        // deep stack: with the default 1 MiB it stops with a StackOverflowError (exit 1).
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m",
                "-jar", vnu.toString(), "--errors-only", "--format", "gnu"));
        pages.forEach(page -> command.add(page.toString()));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the Nu checker finished");
        var errors = output.lines().filter(line -> !line.isBlank()).toList();
        System.out.printf("Nu Html Checker: %d pages, %d errors%n", pages.size(), errors.size());
        assertEquals(List.of(), errors.stream().limit(20).toList(), "the Nu checker's errors (the first 20)");
        assertEquals(0, process.exitValue(), "the Nu checker's exit status");
    }
}

package sockets.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The EPUB before EPUBCheck, the reference checker of the EPUB specification that stores and
 * e-readers apply (Debian's epubcheck), run with the JDK that runs the tests. Without it the test skips, unless
 * WORKBOOK_REQUIRE_EPUBCHECK=1 (as in CI, where .ci/install-test-tools installs it).
 */
class TheEpubCheckerTest {

    /** Debian's /usr/bin/epubcheck is a link to this jar, which only binfmt_misc makes a command: run it with java. */
    private static final Path EPUBCHECK = Path.of(System.getProperty("book.epubcheck", "/usr/share/java/epubcheck.jar"));

    @Test
    @Timeout(180)
    void epubcheck_finds_no_error_and_no_warning() throws IOException, InterruptedException {
        assumeEpubcheckIsHere();
        assertTrue(Files.isRegularFile(PrintedBook.EPUB), "the build writes " + PrintedBook.EPUB.toAbsolutePath());
        // C1 alone and the serial collector: less than half the CPU of a default JVM for this
        // run of seconds (4.3 s against 9.3 s here); a deep stack, as the Nu checker needs.
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m", "-jar",
                EPUBCHECK.toString(), "--quiet", PrintedBook.EPUB.toString())
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(150, TimeUnit.SECONDS), "epubcheck finished");
        // --quiet leaves only the messages: every ERROR, WARNING and FATAL line.
        var messages = output.lines().filter(line -> line.matches("^(FATAL|ERROR|WARNING).*")).toList();
        System.out.printf("epubcheck: %d errors and warnings%n", messages.size());
        assertEquals(List.of(), messages, "epubcheck's messages on " + PrintedBook.EPUB.getFileName());
        assertEquals(0, process.exitValue(), "epubcheck's exit status; its output:\n" + output);
    }

    private static void assumeEpubcheckIsHere() {
        if (Files.isRegularFile(EPUBCHECK)) {
            return;
        }
        var sentence = "No EPUB check: it needs epubcheck at " + EPUBCHECK
                + " (Debian: apt-get install epubcheck, or .ci/install-test-tools), so this test is skipped.";
        if ("1".equals(System.getenv("WORKBOOK_REQUIRE_EPUBCHECK"))) {
            fail(sentence + " WORKBOOK_REQUIRE_EPUBCHECK=1 requires it.");
        }
        Assumptions.abort(sentence);
    }
}

package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.Workbook;

/** {@code ./workbook watch NN}, in this JVM: Ctrl-C is an interrupt of its thread. */
@Timeout(180)
class WatchCommandTest {

    /** What the watch printed so far; a test waits on it for a line to appear. */
    private static final class Console extends OutputStream {
        private final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void write(int b) {
            text.append((char) b);
            notifyAll();
        }

        synchronized String text() {
            return text.toString();
        }

        /** Waits until the output holds {@code expected} {@code times} times. */
        synchronized void await(String expected, int times, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (text.toString().split(java.util.regex.Pattern.quote(expected), -1).length - 1 < times) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no '" + expected + "' (" + times + "x) within " + limit + "; the watch printed:\n" + text);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private static Path chapterWithWorkCopy(Path root) {
        var chapter = FixtureChapter.copyOfChaptersInto(root.resolve("chapters")).resolve("01-fixture");
        FixtureChapter.copyTree(chapter.resolve("exercises/starter"), chapter.resolve("exercises/work"));
        return chapter;
    }

    private static void watchWhileSaving(Path chapter, String... options) throws Exception {
        var console = new Console();
        var args = new java.util.ArrayList<>(java.util.List.of("watch", "01"));
        args.addAll(java.util.List.of(options));
        var out = new PrintStream(console, true, StandardCharsets.UTF_8);
        var watching = Thread.ofPlatform().name("watch").start(() ->
                Workbook.run(RunnerInvocation.session(chapter.getParent().getParent(), out, out), args.toArray(String[]::new)));
        try {
            console.await("0 of 2 exercises pass.", 1, Duration.ofSeconds(80));
            assertTrue(console.text().contains("FAIL LoopbackListener\n"), console.text());
            assertFalse(console.text().contains("FAIL LineEcho"), "only the first failing exercise is shown:\n" + console.text());
            assertTrue(console.text().contains("(also failing: LineEcho)\n"), console.text());
            assertTrue(console.text().contains("stuck? ./workbook hint 01 LoopbackListener shows hint 1 of 1\n"), console.text());

            // the student saves a solution of the first exercise
            Files.copy(FixtureChapter.variant("half-done").resolve("sockets/fixture/exercises/LoopbackListener.java"),
                    chapter.resolve("exercises/work/sockets/fixture/exercises/LoopbackListener.java"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            console.await("1 of 2 exercises pass.", 1, Duration.ofSeconds(80));
            assertTrue(console.text().contains(" LoopbackListener.java changed: checking...\n"), console.text());
            assertTrue(console.text().contains("PASS LoopbackListener\nFAIL LineEcho\n"), console.text());
        } finally {
            watching.interrupt();  // what Ctrl-C is to the student
            watching.join(Duration.ofSeconds(20));
        }
        assertFalse(watching.isAlive(), "the watch ends when interrupted");
    }

    @Test
    void checks_again_when_a_file_of_the_work_copy_is_saved(@TempDir Path root) throws Exception {
        watchWhileSaving(chapterWithWorkCopy(root));
    }

    @Test
    void notices_a_save_by_looking_at_the_files_where_no_file_events_come(@TempDir Path root) throws Exception {
        watchWhileSaving(chapterWithWorkCopy(root), "--poll");
    }
}

package sockets.cli.tools;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;

/** {@code ./workbook bench}, {@code bench redis} and {@code bench http}: code/loadgen's benches in a JVM of their own. */
@Timeout(120)
class BenchCommandTest {

    @Test
    void answers_help_with_the_three_benches_and_their_options(@TempDir Path root) {
        var run = CommandRun.in(root, "bench", "--help");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertTrue(run.out().startsWith("usage: ./workbook bench [redis|http] [OPTIONS]\n"), run.out()),
                () -> assertTrue(run.out().contains("usage: ./workbook bench [--hold N]"), run.out()),
                () -> assertTrue(run.out().contains("usage: ./workbook bench redis [--requests N] [--clients N]"), run.out()),
                () -> assertTrue(run.out().contains("usage: ./workbook bench http [--connections N]"), run.out()));
    }

    @Test
    void redis_needs_chapter_16_built(@TempDir Path root) {
        var run = CommandRun.in(root, "bench", "redis");

        assertAll(
                () -> assertEquals(1, run.status()),
                () -> assertEquals("Chapter 16 is not built: run ./mvnw -q -pl chapters/16-redis -am process-classes.\n", run.err()));
    }

    @Test
    void http_needs_chapter_17_built(@TempDir Path root) {
        var run = CommandRun.in(root, "bench", "http", "--rounds", "1");

        assertAll(
                () -> assertEquals(1, run.status()),
                () -> assertEquals("Chapter 17 is not built: run ./mvnw -q -pl chapters/17-http -am process-classes.\n", run.err()));
    }

    @Test
    void runs_the_bench_with_the_arguments_as_typed_and_names_every_design_it_could_not_start(@TempDir Path root) {
        var run = CommandRun.in(root, "bench", "--hold", "0", "--pingpong", "1", "--seconds", "1");

        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertTrue(run.out().contains("06 iterative (Java) skipped: "), run.out()),
                () -> assertTrue(run.err().contains("bench: the C servers did not compile; they are left out.")
                        || run.err().contains("bench: no gcc here, so the C servers are left out."), run.err()));
    }

    @Test
    void passes_a_word_it_does_not_know_to_the_bench_which_refuses_it(@TempDir Path root) {
        var run = CommandRun.in(root, "bench", "--hold", "many");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertTrue(run.err().endsWith("--hold needs a number, not 'many' (try --help).\n"), run.err()));
    }
}

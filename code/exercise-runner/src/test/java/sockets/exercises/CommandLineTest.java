package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void rejects_an_unknown_command_with_one_sentence_and_status_2() {
        var run = RunnerInvocation.run("chek", "chapters/01");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("Unknown command 'chek': use check, hint, progress, watch, grade or report (see --help).\n", run.err()));
    }

    @Test
    void rejects_no_command_at_all_with_status_2() {
        assertEquals(2, RunnerInvocation.run().status());
    }

    @Test
    void explains_itself_on_help() {
        var run = RunnerInvocation.run("--help");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertTrue(run.out().contains("check <chapterDir> [--sources DIR]"), run.out()));
    }

    @Test
    void rejects_a_missing_sources_directory_with_status_2() {
        var run = RunnerInvocation.run("check", FixtureChapter.chapter().toString(), "--sources", "no/such/dir");

        assertEquals(2, run.status());
    }
}

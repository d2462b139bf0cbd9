package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HintCommandTest {

    @Test
    void prints_the_text_between_the_hint_tags_of_one_exercise() {
        var run = RunnerInvocation.run("hint", FixtureChapter.chapter().toString(), "LineEcho");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertEquals("""
                        Hint for LineEcho:
                          Accept one connection, read one line with a `BufferedReader`, write it back followed by
                          a newline, and flush: see Socket (https://docs.oracle.com/en/java/javase/25/docs/api/java.base/java/net/Socket.html).
                        """, run.out()));
    }

    @Test
    void prints_every_hint_in_book_order_without_an_exercise_name() {
        var run = RunnerInvocation.run("hint", FixtureChapter.chapter().toString());

        assertEquals(java.util.List.of("Hint for LoopbackListener:", "Hint for LineEcho:"),
                run.out().lines().filter(line -> line.startsWith("Hint for")).toList());
    }

    @Test
    void rejects_an_unknown_exercise_with_status_2() {
        var run = RunnerInvocation.run("hint", FixtureChapter.chapter().toString(), "Nope");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("No exercise named Nope in " + FixtureChapter.chapter()
                        + "; its exercises are LoopbackListener, LineEcho.\n", run.err()));
    }
}

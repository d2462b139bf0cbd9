package sockets.cli.students;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;
import sockets.cli.FixtureWorkbook;

/** {@code ./workbook hint}: one tier at a time, remembered per exercise, in a copy of the fixture chapter. */
class HintCommandTest {

    private static final String TIER_1 = """
            Hint 1 of 3 for LineEcho, the idea:
              An echo answers only what it has received whole: take the connection, then wait for a
              complete line before you send anything.
            """;
    private static final String TIER_2 = """
            Hint 2 of 3 for LineEcho, the API to use:
              `listener.accept()`, a `BufferedReader` over the socket's input stream for `readLine()`,
              and its output stream: see Socket (https://docs.oracle.com/en/java/javase/25/docs/api/java.base/java/net/Socket.html).
            """;
    private static final String TIER_3 = """
            Hint 3 of 3 for LineEcho, the shape of the code:
              Accept in a try-with-resources, read one line, write it back followed by a newline, and
              flush.
            """;

    private static Path chapterIn(Path root) {
        return FixtureWorkbook.chapter(FixtureWorkbook.in(root));
    }

    private static CommandRun hint(Path chapter, String... args) {
        var all = new java.util.ArrayList<>(List.of("hint", "01"));
        all.addAll(List.of(args));
        return CommandRun.in(chapter.getParent().getParent(), all.toArray(String[]::new));
    }

    @Test
    void the_first_ask_shows_the_first_tier_and_says_how_to_see_the_next(@TempDir Path root) {
        var run = hint(chapterIn(root), "LineEcho");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertEquals(TIER_1 + "\n2 more hints: ./workbook hint 01 LineEcho shows the next"
                        + " (--all shows them all).\n", run.out()),
                () -> assertEquals("", run.err()));
    }

    @Test
    void each_ask_shows_the_next_tier(@TempDir Path root) {
        var chapter = chapterIn(root);
        hint(chapter, "LineEcho");

        var second = hint(chapter, "LineEcho");
        var third = hint(chapter, "LineEcho");

        assertAll(
                () -> assertEquals(TIER_2 + "\n1 more hint: ./workbook hint 01 LineEcho shows the next"
                        + " (--all shows them all).\n", second.out()),
                () -> assertEquals(TIER_3 + "\nThat was the last hint for LineEcho;"
                        + " ./workbook hint 01 LineEcho --all shows all 3.\n", third.out()));
    }

    @Test
    void asking_after_the_last_tier_shows_the_last_one_again(@TempDir Path root) {
        var chapter = chapterIn(root);
        hint(chapter, "LineEcho", "--all");

        var run = hint(chapter, "LineEcho");

        assertTrue(run.out().startsWith(TIER_3 + "\nThat was the last hint"), run.out());
    }

    @Test
    void remembers_the_tiers_shown_of_each_exercise_apart(@TempDir Path root) {
        var chapter = chapterIn(root);
        hint(chapter, "LineEcho");
        hint(chapter, "LoopbackListener");

        var run = hint(chapter, "LineEcho");

        assertTrue(run.out().startsWith(TIER_2), run.out());
    }

    @Test
    void keeps_its_record_beside_the_students_work_copy(@TempDir Path root) throws IOException {
        var chapter = chapterIn(root);

        hint(chapter, "LineEcho");

        assertAll(
                () -> assertTrue(Files.readString(chapter.resolve("exercises/.hints-shown")).contains("LineEcho=1\n")),
                () -> assertTrue(Files.notExists(chapter.resolve("exercises/work")), "made a work copy"));
    }

    @Test
    void all_shows_every_tier_in_order_and_counts_them_as_shown(@TempDir Path root) {
        var chapter = chapterIn(root);

        var run = hint(chapter, "--all", "LineEcho");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertEquals(TIER_1 + "\n" + TIER_2 + "\n" + TIER_3, run.out()),
                () -> assertTrue(hint(chapter).out().contains("LineEcho          3 of 3 hints shown\n")));
    }

    @Test
    void all_without_an_exercise_shows_every_hint_in_book_order(@TempDir Path root) {
        var run = hint(chapterIn(root), "--all");

        assertEquals(List.of("Hint 1 of 1 for LoopbackListener:", "Hint 1 of 3 for LineEcho, the idea:",
                        "Hint 2 of 3 for LineEcho, the API to use:", "Hint 3 of 3 for LineEcho, the shape of the code:"),
                run.out().lines().filter(line -> line.startsWith("Hint ")).toList());
    }

    @Test
    void without_an_exercise_lists_how_many_tiers_each_has_and_how_many_were_shown(@TempDir Path root) {
        var chapter = chapterIn(root);
        hint(chapter, "LineEcho");

        var run = hint(chapter);

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertEquals("""
                        Hints of chapter 01, one at a time: ./workbook hint 01 EXERCISE shows the next one of that exercise.
                          LoopbackListener  0 of 1 hint shown
                          LineEcho          1 of 3 hints shown
                        """, run.out()));
    }

    @Test
    void a_single_hint_of_the_older_form_is_one_tier(@TempDir Path root) {
        var run = hint(chapterIn(root), "LoopbackListener");

        assertEquals("""
                Hint 1 of 1 for LoopbackListener:
                  Port 0 asks the system for any free port: `new ServerSocket(0, 50, InetAddress.getLoopbackAddress())`.

                That is the only hint for LoopbackListener.
                """, run.out());
    }

    @Test
    void a_record_it_cannot_read_counts_as_no_hint_shown(@TempDir Path root) throws IOException {
        var chapter = chapterIn(root);
        Files.writeString(chapter.resolve("exercises/.hints-shown"), "LineEcho=lots\n\u0000garbage");

        var run = hint(chapter, "LineEcho");

        assertTrue(run.out().startsWith(TIER_1), run.out());
    }

    @Test
    void takes_the_exercise_name_in_any_case(@TempDir Path root) {
        var run = hint(chapterIn(root), "lineecho");

        assertTrue(run.out().startsWith(TIER_1), run.out());
    }

    @Test
    void rejects_an_unknown_exercise_with_status_2(@TempDir Path root) {
        var chapter = chapterIn(root);
        var run = hint(chapter, "Nope");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("No exercise named Nope in chapters/01-fixture"
                        + "; its exercises are LoopbackListener, LineEcho.\n", run.err()));
    }

    @Test
    void rejects_an_unknown_option_with_one_sentence_and_status_2(@TempDir Path root) {
        var run = hint(chapterIn(root), "LineEcho", "--next");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals(1, run.err().lines().count(), run.err()),
                () -> assertEquals("", run.out()));
    }
}

package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptTest {

    @Test
    void words_are_split_on_blanks() {
        assertEquals(List.of("server", "--port", "0"), Transcript.shellWords(" server  --port 0 "));
    }

    @Test
    void quotes_are_kept_out_of_the_word_as_a_shell_would() {
        assertEquals(List.of("[::1]:9000", "host:99999", "two words"),
                Transcript.shellWords("'[::1]:9000' \"host:99999\" 'two words'"));
    }

    @Test
    void an_empty_quoted_word_is_still_a_word() {
        assertEquals(List.of("--message", ""), Transcript.shellWords("--message ''"));
    }

    @Test
    void an_unbalanced_quote_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Transcript.shellWords("'oops"));
    }

    @Test
    void a_transcript_of_a_workbook_tool_is_compared_with_what_the_test_ran(@TempDir Path folder) throws IOException {
        var file = Files.writeString(folder.resolve("sockets.txt"),
                "$ ./workbook sockets --port 41187\nLISTEN 127.0.0.1:41187\n");
        var transcript = Transcript.load(file);
        transcript.assertMatches("LISTEN 127.0.0.1:50123\n");
        assertThrows(IllegalStateException.class, transcript::verify, "the test runs the tool itself");
    }

    @Test
    void a_table_compared_as_a_set_of_lines_may_repeat_and_reorder_its_rows(@TempDir Path folder) throws IOException {
        var file = Files.writeString(folder.resolve("sockets.txt"),
                "$ ./workbook sockets --port 41187\nState\nLISTEN 127.0.0.1:41187\nESTABLISHED 127.0.0.1:41187\n");
        var transcript = Transcript.load(file);
        transcript.assertMatchesAsSetOfLines("State\nESTABLISHED 127.0.0.1:50123\nLISTEN 127.0.0.1:50123\n"
                + "ESTABLISHED 127.0.0.1:50123\n");
        assertThrows(AssertionError.class, () -> transcript.assertMatchesAsSetOfLines("State\nLISTEN 127.0.0.1:50123\n"),
                "a line the book shows is missing");
        assertThrows(AssertionError.class, () -> transcript.assertMatchesAsSetOfLines(
                "State\nLISTEN 127.0.0.1:50123\nESTABLISHED 127.0.0.1:50123\nTIME_WAIT 127.0.0.1:50123\n"),
                "a line the book does not show");
    }

    @Test
    void what_the_reader_types_into_the_program_is_shown_but_not_expected_from_it() throws IOException {
        var file = Files.createTempFile("transcript-", ".txt");
        try {
            Files.writeString(file, """
                    $ ./workbook run 09 client --port 41187
                    * welcome
                    > hi from the third
                    > [Ctrl-D]
                    bye
                    """);
            assertEquals("* welcome\nbye\n", Transcript.load(file).expectedOutput());
        } finally {
            Files.delete(file);
        }
    }
}

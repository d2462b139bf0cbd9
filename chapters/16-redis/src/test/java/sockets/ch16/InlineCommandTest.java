package sockets.ch16;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An inline command split as Redis 7.0's sdssplitargs splits one, each case from its source. */
class InlineCommandTest {

    private static List<String> split(String line) throws CommandParser.ProtocolError {
        return InlineCommand.split(line).stream().map(b -> new String(b, ISO_8859_1)).toList();
    }

    @Test
    void a_hex_escape_in_double_quotes_is_one_byte() throws Exception {
        assertEquals(List.of("SET", "k", "\u00ff\u0000z"), split("SET k \"\\xff\\x00z\""));
        assertEquals(List.of("ECHO", "A"), split("ECHO \"\\x41\""));
    }

    @Test
    void a_backslash_x_without_two_hex_digits_is_an_x() throws Exception {
        assertEquals(List.of("ECHO", "xg1"), split("ECHO \"\\xg1\""));
    }

    @Test
    void double_quotes_take_c_escapes_and_any_other_char_as_itself() throws Exception {
        assertEquals(List.of("ECHO", "a\nb\r\t\b\u0007\"\\q"), split("ECHO \"a\\nb\\r\\t\\b\\a\\\"\\\\\\q\""));
    }

    @Test
    void an_escaped_single_quote_in_single_quotes_is_a_quote() throws Exception {
        assertEquals(List.of("SET", "k", "it's"), split("SET k 'it\\'s'"));
    }

    @Test
    void single_quotes_take_no_other_escape() throws Exception {
        assertEquals(List.of("ECHO", "a\\nb\\x41"), split("ECHO 'a\\nb\\x41'"));
    }

    @Test
    void a_quote_inside_a_word_opens_a_quoted_part_of_it() throws Exception {
        assertEquals(List.of("ECHO", "ab c"), split("ECHO a\"b c\""));
    }

    @Test
    void a_closing_quote_must_end_the_word() {
        var e = assertThrows(CommandParser.ProtocolError.class, () -> split("ECHO \"a\"b"));
        assertEquals("Protocol error: unbalanced quotes in request", e.getMessage());
        assertThrows(CommandParser.ProtocolError.class, () -> split("ECHO 'it's'"));
    }

    @Test
    void an_unclosed_quote_or_a_backslash_at_its_end_is_unbalanced() {
        assertThrows(CommandParser.ProtocolError.class, () -> split("ECHO \"abc"));
        assertThrows(CommandParser.ProtocolError.class, () -> split("ECHO \"abc\\"));
        assertThrows(CommandParser.ProtocolError.class, () -> split("ECHO 'abc"));
    }

    // sdssplitargs's way; a live Redis 7.0 never answers such a line: looking for its \n with
    // strchr, it stops at the NUL and waits for more, up to its inline limit.
    @Test
    void a_nul_ends_the_line_as_it_ends_a_c_string() throws Exception {
        assertEquals(List.of("PING"), split("PING\u0000 ignored"));
    }

    @Test
    void words_are_split_at_spaces_and_tabs_but_not_at_other_characters() throws Exception {
        assertEquals(List.of("ECHO", "a\u001cb"), split(" ECHO\ta\u001cb "));
    }
}

package sockets.ch16;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser alone, fed bytes as TCP may cut them: no socket needed to prove the framing. */
class CommandParserTest {

    private static final Limits LIMITS = Limits.DEFAULT;

    /** Feeds {@code wire} in pieces of {@code piece} bytes; returns every command, as words. */
    static List<List<String>> parse(String wire, int piece, Limits limits) throws CommandParser.ProtocolError {
        var parser = new CommandParser(limits);
        var input = ByteBuffer.allocate(limits.inputBuffer());
        var bytes = wire.getBytes(ISO_8859_1);
        var commands = new ArrayList<List<String>>();
        for (int at = 0; at < bytes.length; at += piece) {
            input.put(bytes, at, Math.min(piece, bytes.length - at)).flip();
            for (var c = parser.next(input); c != null; c = parser.next(input)) {
                commands.add(c.stream().map(b -> new String(b, ISO_8859_1)).toList());
            }
            input.compact();
        }
        return commands;
    }

    @Test
    void a_command_split_at_every_byte_is_one_command() throws Exception {
        var wire = "*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n";
        assertEquals(List.of(List.of("SET", "key", "value")), parse(wire, 1, LIMITS));
    }

    @Test
    void many_commands_in_one_read_are_all_taken_in_order() throws Exception {
        var wire = "*1\r\n$4\r\nPING\r\n".repeat(3) + "*2\r\n$4\r\nECHO\r\n$2\r\nhi\r\n";
        assertEquals(List.of(List.of("PING"), List.of("PING"), List.of("PING"), List.of("ECHO", "hi")),
                parse(wire, wire.length(), LIMITS));
    }

    @Test
    void every_way_of_cutting_a_pipeline_in_two_gives_the_same_commands() throws Exception {
        var wire = "*2\r\n$3\r\nGET\r\n$1\r\nk\r\nPING\r\n*1\r\n$0\r\n\r\n";
        var expected = List.of(List.of("GET", "k"), List.of("PING"), List.of(""));
        for (int piece = 1; piece <= wire.length(); piece++) {
            assertEquals(expected, parse(wire, piece, LIMITS), "pieces of " + piece + " bytes");
        }
    }

    @Test
    void an_inline_command_is_split_at_spaces_and_honours_quotes() throws Exception {
        assertEquals(List.of(List.of("SET", "greeting", "hello world")),
                parse("SET greeting \"hello world\"\r\n", 4, LIMITS));
        assertEquals(List.of(List.of("PING")), parse("\r\nPING\n", 1, LIMITS), "a bare \\n ends a line too");
    }

    @Test
    void a_bulk_string_may_hold_any_byte_even_crlf() throws Exception {
        assertEquals(List.of(List.of("ECHO", "a\r\nb")), parse("*2\r\n$4\r\nECHO\r\n$4\r\na\r\nb\r\n", 3, LIMITS));
    }

    @Test
    void a_bulk_string_larger_than_the_input_buffer_is_read_in_pieces() throws Exception {
        var big = "x".repeat(3 * LIMITS.inputBuffer());
        var wire = "*2\r\n$4\r\nECHO\r\n$" + big.length() + "\r\n" + big + "\r\n";
        assertEquals(List.of(List.of("ECHO", big)), parse(wire, 1000, LIMITS));
    }

    @Test
    void an_announced_bulk_costs_what_has_come_not_what_was_announced() throws Exception {
        // 15 bytes announce 512 KiB: a thousand such clients must not hold 512 MiB.
        var parser = new CommandParser(LIMITS);
        var header = "*2\r\n$4\r\nECHO\r\n$" + LIMITS.maxBulk() + "\r\n";
        assertNull(parser.next(ByteBuffer.wrap((header + "x").getBytes(ISO_8859_1))));
        assertTrue(parser.buffered() <= 16 * 1024, parser.buffered() + " bytes held for 1 byte sent");
        var half = ByteBuffer.wrap("x".repeat(LIMITS.maxBulk() / 2).getBytes(ISO_8859_1));
        assertNull(parser.next(half));
        assertTrue(parser.buffered() <= LIMITS.maxBulk(), "never more than announced");
        assertTrue(parser.buffered() <= 2 * (LIMITS.maxBulk() / 2 + 1), "at most twice what has come");
    }

    @Test
    void half_a_command_is_not_a_command() throws Exception {
        var parser = new CommandParser(LIMITS);
        assertNull(parser.next(ByteBuffer.wrap("*2\r\n$3\r\nGET\r\n".getBytes(ISO_8859_1))));
    }

    private static String error(String wire, Limits limits) {
        return assertThrows(CommandParser.ProtocolError.class, () -> parse(wire, wire.length(), limits)).getMessage();
    }

    @Test
    void garbage_is_a_protocol_error_in_redis_words() {
        assertEquals("Protocol error: expected '$', got 'x'", error("*1\r\nxyz\r\n", LIMITS));
        assertEquals("Protocol error: invalid multibulk length (at most 1024)", error("*abc\r\n", LIMITS));
        assertEquals("Protocol error: invalid bulk length (at most 524288 bytes)", error("*1\r\n$-5\r\n", LIMITS));
        assertEquals("Protocol error: unbalanced quotes in request", error("SET k \"open\r\n", LIMITS));
    }

    @Test
    void a_bulk_string_over_the_limit_is_refused_before_its_bytes_come() {
        assertEquals("Protocol error: invalid bulk length (at most 10 bytes)",
                error("*1\r\n$11\r\n", LIMITS.withMaxBulk(10)));
    }

    @Test
    void an_array_over_the_limit_is_refused() {
        assertEquals("Protocol error: invalid multibulk length (at most 4)", error("*5\r\n", LIMITS.withMaxArgs(4)));
    }

    @Test
    void a_command_over_the_limit_is_refused_even_made_of_small_strings() {
        var limits = new Limits(10, 100, 25, 64, 10, LIMITS.idle(), 1000, 1000);
        var wire = "*4\r\n" + "$9\r\n123456789\r\n".repeat(3);
        assertEquals("Protocol error: command too big (at most 25 bytes)", error(wire, limits));
    }

    @Test
    void a_line_without_its_end_is_refused_once_it_is_longer_than_the_limit() {
        var limits = new Limits(10, 100, 25, 64, 10, LIMITS.idle(), 1000, 1000);
        assertEquals("Protocol error: too big inline request", error("PING " + "x".repeat(70), limits));
    }
}

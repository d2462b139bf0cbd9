package sockets.ch16.exercises;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Stage 7: limits and protocol errors. Whatever a client sends, the server answers with Redis's
 * error and closes that client, reads no length it has not checked, lets no client's bytes break
 * its error lines, and serves everyone else on.
 */
class Stage7LimitsTest extends Stage6ExpiryTest {

    /** {@code raw} draws exactly {@code error}, then the close; and a new client is served. */
    private void refused(String raw, String error) throws Exception {
        refused(raw, error, "");
    }

    /** The same, saying what no reply at all means. */
    private void refused(String raw, String error, String meaning) throws Exception {
        // The solution answers at once: a refusal is not waited for 5 s.
        try (var client = server.connect().patience(2)) {
            client.send(raw);
            var reply = client.reply(meaning);
            assertTrue(reply.equals(error), "the reply to " + StageServer.shown(raw) + " was "
                    + StageServer.shown(reply) + ", not " + StageServer.shown(error));
            client.expectClose();
        }
        try (var other = server.connect()) {
            expect(other, "*1\r\n$4\r\nPING\r\n", "+PONG\r\n");
        }
    }

    @Test
    void a_bulk_length_past_the_limit_is_refused_before_its_bytes_come() throws Exception {
        // Two gigabytes announced, none sent: the answer must not wait for them.
        refused("*2\r\n$4\r\nECHO\r\n$2000000000\r\n", "-ERR Protocol error: invalid bulk length\r\n",
                "a length is checked before its bytes are read: 2 GB announced must be refused at once, not waited"
                        + " for (an unbounded readNBytes)");
    }

    @Test
    void a_bulk_length_that_is_not_a_number_or_negative_is_refused() throws Exception {
        refused("*2\r\n$4\r\nECHO\r\n$many\r\n", "-ERR Protocol error: invalid bulk length\r\n");
        refused("*2\r\n$4\r\nECHO\r\n$-5\r\n", "-ERR Protocol error: invalid bulk length\r\n");
    }

    @Test
    void an_array_too_long_or_not_a_number_is_refused() throws Exception {
        refused("*2000\r\n", "-ERR Protocol error: invalid multibulk length\r\n");
        refused("*x\r\n", "-ERR Protocol error: invalid multibulk length\r\n");
    }

    @Test
    void garbage_where_a_bulk_string_should_start_is_refused() throws Exception {
        refused("*1\r\nGET\r\n", "-ERR Protocol error: expected '$', got 'G'\r\n");
    }

    @Test
    void a_line_break_the_client_sent_never_breaks_an_error_line() throws Exception {
        // The byte that came was \r: shown as a space, as Redis shows it, or the line would end early.
        refused("*1\r\n\r\n", "-ERR Protocol error: expected '$', got ' '\r\n");
    }

    @Test
    void an_endless_line_is_refused_before_it_is_all_read() throws Exception {
        refused("*" + "1".repeat(100_000), "-ERR Protocol error: too big mbulk count string\r\n");
    }

    @Test
    void an_unknown_command_with_a_line_break_in_its_name_gets_one_error_line() throws Exception {
        try (var client = server.connect()) {
            client.send(StageServer.command("FOO\r\n+OK"));
            var reply = client.reply();
            assertTrue(reply.startsWith("-ERR unknown command 'FOO  +OK'"), "one line, CR and LF as spaces: "
                    + StageServer.shown(reply));
            expect(client, "*1\r\n$4\r\nPING\r\n", "+PONG\r\n");
        }
    }

    @Test
    void a_command_without_its_arguments_gets_an_error_not_a_close() throws Exception {
        try (var client = server.connect()) {
            expect(client, StageServer.command("GET"), "-ERR wrong number of arguments for 'get' command\r\n");
            expect(client, "*1\r\n$4\r\nPING\r\n", "+PONG\r\n");
        }
    }

    @Test
    void a_client_that_never_reads_its_replies_does_not_hold_up_the_others() throws Exception {
        var key = freshKey();
        try (var setter = server.connect(); var greedy = server.connect()) {
            expect(setter, StageServer.command("SET", key, "x".repeat(100_000)), "+OK\r\n");
            // 2000 GETs of 100 KB: 200 MB of replies, which the greedy client never reads.
            var get = StageServer.command("GET", key);
            Thread.ofVirtual().start(() -> {
                try {
                    greedy.send(get.repeat(2000));
                } catch (RuntimeException closed) {
                    // closed at the end of the test: what ends this thread
                }
            });
            for (int i = 0; i < 20; i++) {
                expect(setter, "*1\r\n$4\r\nPING\r\n", "+PONG\r\n");
                expect(setter, StageServer.command("SET", key + i, "v"), "+OK\r\n");
            }
        }
    }
}

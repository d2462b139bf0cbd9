package sockets.ch16.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Stage 4: ECHO, the first command with an argument and the first bulk string reply. */
class Stage4EchoTest extends Stage3ClientsAtOnceTest {

    @Test
    void echo_answers_its_argument_as_a_bulk_string() throws Exception {
        try (var client = server.connect()) {
            expect(client, StageServer.command("ECHO", "hey"), "$3\r\nhey\r\n");
            // Spaces are bytes like any other; the name may come in any case.
            expect(client, StageServer.command("echo", "two words"), "$9\r\ntwo words\r\n");
        }
    }

    @Test
    void a_command_split_at_every_byte_is_still_one_command() throws Exception {
        try (var client = server.connect()) {
            client.sendOneByteAtATime(StageServer.command("ECHO", "slowly"));
            var meaning = "TCP may deliver a command in pieces: read until it is whole";
            assertEquals("$6\\r\\nslowly\\r\\n", StageServer.shown(client.reply(meaning)), meaning);
        }
    }

    @Test
    void a_command_in_two_halves_is_answered_once_it_is_whole() throws Exception {
        try (var client = server.connect()) {
            var meaning = "TCP may deliver a command in pieces: read until it is whole";
            client.sendInTwoHalves(StageServer.command("ECHO", "slowly"), meaning);
            assertEquals("$6\\r\\nslowly\\r\\n", StageServer.shown(client.reply(meaning)), meaning);
        }
    }

    @Test
    void a_bulk_length_counts_bytes_not_characters() throws Exception {
        try (var client = server.connect()) {
            client.send(StageServer.command("ECHO", "café"));
            // The test's client reads a bulk string's bytes one char each: é arrives as two.
            var expected = new String("$5\r\ncafé\r\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            assertEquals(StageServer.shown(expected), StageServer.shown(client.reply()),
                    "a bulk string's length counts its bytes in UTF-8 (é is two), not its characters");
        }
    }
}

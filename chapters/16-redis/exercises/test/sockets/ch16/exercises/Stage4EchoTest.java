package sockets.ch16.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            assertEquals("$6\\r\\nslowly\\r\\n", StageServer.shown(client.reply()),
                    "TCP may deliver a command in pieces: read until it is whole");
        }
    }
}

package sockets.ch16.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Stage 2: one connection, many commands, one after another and all in one write. */
class Stage2ManyPingsTest extends Stage1PingTest {

    static final String PING = "*1\r\n$4\r\nPING\r\n";

    @Test
    void three_pings_one_after_another_get_three_pongs() throws Exception {
        try (var client = server.connect()) {
            for (int i = 0; i < 3; i++) {
                expect(client, PING, "+PONG\r\n");
            }
        }
    }

    @Test
    void three_pings_in_one_write_get_three_pongs() throws Exception {
        try (var client = server.connect()) {
            client.send(PING.repeat(3));
            for (int i = 0; i < 3; i++) {
                var meaning = "pong " + (i + 1) + " of 3 pipelined pings: one read may bring them all, and the bytes"
                        + " read past the first command belong to the next (one buffered stream per connection)";
                assertEquals("+PONG\\r\\n", StageServer.shown(client.reply(meaning)), meaning);
            }
        }
    }
}

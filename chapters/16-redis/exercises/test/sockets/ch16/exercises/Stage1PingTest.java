package sockets.ch16.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Stage 1: one client sends PING and reads PONG. Every later stage runs this too. */
@Timeout(20)
class Stage1PingTest {

    StageServer server;

    @BeforeEach
    void start() throws Exception {
        server = new StageServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** Sends the command and checks the exact reply bytes. */
    static void expect(StageServer.Client client, String command, String reply) {
        client.send(command);
        assertEquals(StageServer.shown(reply), StageServer.shown(client.reply()),
                "the reply to " + StageServer.shown(command));
    }

    @Test
    void a_ping_is_answered_with_a_pong() throws Exception {
        try (var client = server.connect()) {
            expect(client, "*1\r\n$4\r\nPING\r\n", "+PONG\r\n");
        }
    }
}

package sockets.ch16.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stage 5: SET stores a value under a key, GET returns it, to any client. */
class Stage5SetGetTest extends Stage4EchoTest {

    /** A key no other test uses: tests run in parallel against servers that may share a map. */
    static String freshKey() {
        return "key-" + UUID.randomUUID();
    }

    @Test
    void get_of_a_missing_key_is_the_null_bulk_string() throws Exception {
        try (var client = server.connect()) {
            client.send(StageServer.command("GET", freshKey()));
            assertEquals("$-1\\r\\n", StageServer.shown(client.reply()),
                    "a missing key is the null bulk string $-1, not an empty string");
        }
    }

    @Test
    void get_returns_what_set_stored_to_any_client() throws Exception {
        var key = freshKey();
        try (var writer = server.connect(); var reader = server.connect()) {
            expect(writer, StageServer.command("SET", key, "shared"), "+OK\r\n");
            expect(writer, StageServer.command("GET", key), "$6\r\nshared\r\n");
            reader.send(StageServer.command("GET", key));
            assertEquals("$6\\r\\nshared\\r\\n", StageServer.shown(reader.reply()),
                    "GET from another client: one map for every client, shared between their threads");
        }
    }
}

package sockets.ch16.exercises;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Stage 6: SET key value PX milliseconds, a key that lives that long and not longer. */
class Stage6ExpiryTest extends Stage5SetGetTest {

    @Test
    void a_key_set_with_px_is_there_before_its_time() throws Exception {
        var key = freshKey();
        try (var client = server.connect()) {
            expect(client, StageServer.command("SET", key, "soon", "PX", "60000"), "+OK\r\n");
            expect(client, StageServer.command("GET", key), "$4\r\nsoon\r\n");
        }
    }

    @Test
    void a_key_set_with_px_is_gone_after_its_time() throws Exception {
        var key = freshKey();
        try (var client = server.connect()) {
            long set = System.nanoTime();
            expect(client, StageServer.command("SET", key, "brief", "PX", "100"), "+OK\r\n");
            // Ask until it is gone (5 s at most), then check it did not go too early.
            String reply;
            do {
                client.send(StageServer.command("GET", key));
                reply = client.reply();
            } while (!reply.equals("$-1\r\n") && System.nanoTime() - set < 5_000_000_000L);
            long after = (System.nanoTime() - set) / 1_000_000;
            assertTrue(reply.equals("$-1\r\n"), "GET still answers " + StageServer.shown(reply)
                    + " " + after + " ms after SET ... PX 100");
            assertTrue(after >= 100, "the key was gone after " + after + " ms, before its 100 ms");
        }
    }

    @Test
    void px_is_not_case_sensitive() throws Exception {
        var key = freshKey();
        try (var client = server.connect()) {
            expect(client, StageServer.command("SET", key, "v", "px", "60000"), "+OK\r\n");
            expect(client, StageServer.command("GET", key), "$1\r\nv\r\n");
        }
    }
}

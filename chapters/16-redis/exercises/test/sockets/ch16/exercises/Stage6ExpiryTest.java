package sockets.ch16.exercises;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Stage 6: SET key value PX milliseconds, a key that lives that long and not longer. */
class Stage6ExpiryTest extends Stage5SetGetTest {

    @Test
    void a_key_set_with_px_lives_that_long_and_no_longer() throws Exception {
        var key = freshKey();
        try (var client = server.connect()) {
            var lasting = freshKey();
            expect(client, StageServer.command("SET", lasting, "v", "px", "60000"), "+OK\r\n");
            expect(client, StageServer.command("GET", lasting), "$1\r\nv\r\n");
            long set = System.nanoTime();
            expect(client, StageServer.command("SET", key, "brief", "PX", "100"), "+OK\r\n");
            // Ask until it is gone (2 s at most), then check it did not go too early.
            String reply;
            do {
                client.send(StageServer.command("GET", key));
                reply = client.reply();
            } while (!reply.equals("$-1\r\n") && System.nanoTime() - set < 2_000_000_000L);
            long after = (System.nanoTime() - set) / 1_000_000;
            assertTrue(reply.equals("$-1\r\n"), "GET still answers " + StageServer.shown(reply)
                    + " " + after + " ms after SET ... PX 100 (PX counts milliseconds, and an option's name comes in"
                    + " any case)");
            // A few ms of slack: clocks in whole milliseconds may round the moment either way.
            assertTrue(after >= 95, "the key was gone after " + after + " ms, before its 100 ms");
        }
    }
}

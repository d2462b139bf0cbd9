package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One connection, many requests: HTTP/1.1 keeps it, HTTP/1.0 closes it, pipelining keeps the order. */
@Timeout(20)
class PersistenceTest {

    private static final Duration IDLE = Duration.ofMillis(300);
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(Limits.DEFAULT.withIdle(IDLE).withRequests(3));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void http_1_1_keeps_the_connection_for_the_next_request() throws Exception {
        try (var client = server.connect()) {
            var first = client.get("/");
            assertNull(first.field("Connection"), first::toString);
            assertEquals(200, client.get("/style.css").status());
        }
    }

    @Test
    void connection_close_is_answered_then_the_server_closes() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n").read();
            assertEquals(200, response.status());
            assertEquals("close", response.field("Connection"));
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void http_1_0_closes_after_one_response() throws Exception {
        try (var client = server.connect()) {
            assertEquals(200, client.send("GET / HTTP/1.0\r\n\r\n").read().status());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void http_1_0_with_keep_alive_keeps_the_connection() throws Exception {
        try (var client = server.connect()) {
            var kept = client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").read();
            assertEquals("keep-alive", kept.field("Connection"), "an HTTP/1.0 client is told the connection stays");
            assertEquals(200, client.send("GET / HTTP/1.0\r\n\r\n").read().status());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void pipelined_requests_in_one_write_are_answered_in_order() throws Exception {
        try (var client = server.connect()) {
            client.send("GET /style.css HTTP/1.1\r\nHost: test\r\n\r\n"
                    + "GET /no-such-file HTTP/1.1\r\nHost: test\r\n\r\n"
                    + "GET /site.js HTTP/1.1\r\nHost: test\r\n\r\n");
            assertEquals("text/css; charset=utf-8", client.read().field("Content-Type"));
            assertEquals(404, client.read().status());
            assertEquals("text/javascript; charset=utf-8", client.read().field("Content-Type"));
        }
    }

    @Test
    void an_idle_connection_is_closed_without_a_word_after_the_idle_limit() throws Exception {
        try (var client = server.connect()) {
            assertEquals(200, client.get("/").status());
            long start = System.nanoTime();
            assertTrue(client.closedByServer(), "closed, with no response");
            var waited = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(waited.compareTo(IDLE.minusMillis(50)) >= 0, "closed after " + waited.toMillis() + " ms");
        }
    }

    @Test
    void the_last_request_a_connection_may_carry_is_answered_with_close() throws Exception {
        try (var client = server.connect()) {
            assertNull(client.get("/").field("Connection"));
            assertNull(client.get("/").field("Connection"));
            assertEquals("close", client.get("/").field("Connection"), "the third of three");
            assertTrue(client.closedByServer());
        }
    }
}

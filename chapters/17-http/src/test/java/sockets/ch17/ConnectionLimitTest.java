package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One connection more than the limit is answered 503 and closed; the ones before it are served. */
@Timeout(20)
class ConnectionLimitTest {

    @Test
    void a_connection_over_the_limit_gets_503_and_the_others_go_on() throws Exception {
        try (var server = RunningServer.start(Limits.DEFAULT.withConnections(2));
             var first = server.connect();
             var second = server.connect()) {
            // Each is accepted and counted once it has an answer.
            assertEquals(200, first.get("/").status());
            assertEquals(200, second.get("/").status());
            try (var third = server.connect()) {
                assertEquals(503, third.read().status());
                assertTrue(third.closedByServer());
            }
            assertEquals(200, first.get("/style.css").status(), "the first is still served");
        }
    }

    @Test
    void a_place_freed_by_a_closed_connection_is_taken_by_the_next() throws Exception {
        try (var server = RunningServer.start(Limits.DEFAULT.withConnections(1))) {
            try (var first = server.connect()) {
                assertEquals(200, first.get("/").status());
            }
            assertTrue(server.closesEveryConnection());
            try (var next = server.connect()) {
                assertEquals(200, next.get("/").status());
            }
        }
    }
}

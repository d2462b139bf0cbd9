package sockets.ch17.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Stage 5: one connection, many requests. HTTP/1.1 keeps the connection open after a response
 * until a side says {@code Connection: close}; HTTP/1.0 closes unless the client asks to keep it.
 */
class Stage5KeepAliveTest extends Stage4FilesTest {

    @Test
    void a_second_request_on_the_same_connection_is_answered() throws Exception {
        try (var client = server.connect()) {
            assertEquals("first", client.send(StageServer.get("/echo/first")).keptAliveResponse().text(), "the first body");
            var second = client.send(StageServer.get("/echo/second")).response("HTTP/1.1 keeps the connection open"
                    + " after a response: answer requests in a loop until the client closes or says Connection: close");
            assertEquals("second", second.text(), "the second body on the same connection");
        }
    }

    @Test
    void two_requests_in_one_write_are_answered_in_order() throws Exception {
        try (var client = server.connect()) {
            client.send(StageServer.get("/echo/one") + StageServer.get("/echo/two"));
            assertEquals("one", client.keptAliveResponse().text(), "the first body");
            var meaning = "the second request came in the same write as the first, so the first read brought it too:"
                    + " the bytes read ahead belong to the next request; keep one buffered stream per connection";
            assertEquals("two", client.response(meaning).text(), "the second body: " + meaning);
        }
    }

    @Test
    void a_404_says_where_it_ends_too() throws Exception {
        try (var client = server.connect()) {
            assertEquals(404, client.send(StageServer.get("/nowhere")).keptAliveResponse().status(), "the status");
            assertEquals("after", client.send(StageServer.get("/echo/after")).response().text(),
                    "the body after a 404 on the same connection");
        }
    }

    @Test
    void connection_close_is_answered_then_closed() throws Exception {
        try (var client = server.connect()) {
            assertEquals(200, client.send(StageServer.get("/", "Connection: close")).response().status(), "the status");
            client.expectClose("the request said Connection: close, so the server closes once it has answered");
        }
    }

    @Test
    void an_http_1_0_request_is_answered_then_closed() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("GET /echo/old HTTP/1.0\r\n\r\n").response();
            assertEquals("old", response.text(), "the body");
            client.expectClose("an HTTP/1.0 client expects the close after each response, unless it said"
                    + " Connection: keep-alive");
        }
    }

    @Test
    void a_client_kept_alive_does_not_hold_up_the_next() throws Exception {
        try (var first = server.connect(); var second = server.connect()) {
            assertEquals(200, first.send(StageServer.get("/")).keptAliveResponse().status(), "the first client's status");
            var response = second.send(StageServer.get("/")).response("the first client keeps its connection open:"
                    + " while one thread waits for its next request, a second connection needs a thread of its own");
            assertEquals(200, response.status(), "the second client's status");
        }
    }
}

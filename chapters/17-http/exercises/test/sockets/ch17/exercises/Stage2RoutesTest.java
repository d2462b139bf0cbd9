package sockets.ch17.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Stage 2: routes by path: / and /echo/TEXT, and 404 Not Found for any other path. */
class Stage2RoutesTest extends Stage1OkTest {

    @Test
    void an_unknown_path_is_404_not_found() throws Exception {
        try (var client = server.connect()) {
            var response = client.send(StageServer.get("/nowhere")).response();
            assertEquals("HTTP/1.1 404 Not Found", response.statusLine(), "the status line for /nowhere");
        }
    }

    @Test
    void echo_answers_its_text_as_the_body() throws Exception {
        try (var client = server.connect()) {
            var response = client.send(StageServer.get("/echo/hello")).response();
            assertEquals(200, response.status(), "the status for /echo/hello");
            assertEquals("hello", response.text(), "the body for /echo/hello");
        }
    }

    @Test
    void an_echoed_text_is_percent_decoded() throws Exception {
        try (var client = server.connect()) {
            var response = client.send(StageServer.get("/echo/two%20words")).response();
            assertEquals("two words", response.text(),
                    "the body for /echo/two%20words: a target is percent-decoded, %20 is a space");
        }
    }

    @Test
    void content_length_counts_bytes_not_characters() throws Exception {
        try (var client = server.connect()) {
            var response = client.send(StageServer.get("/echo/caf%C3%A9")).response();
            assertEquals("5", response.field("Content-Length").orElse("(none)"),
                    "Content-Length for café: it counts bytes in UTF-8 (é is two), not characters");
        }
    }
}

package sockets.ch17.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Stage 6: POST /echo answers the request's body, which ends where its Content-Length says, or,
 * with Transfer-Encoding: chunked, after its last chunk.
 */
class Stage6BodyTest extends Stage5KeepAliveTest {

    static String post(String target, String framing, String body) {
        return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\n" + framing + "\r\n\r\n" + body;
    }

    static String post(String target, String body) {
        return post(target, "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length, body);
    }

    static String chunked(String target, String chunks) {
        return post(target, "Transfer-Encoding: chunked", chunks);
    }

    @Test
    void a_body_is_echoed() throws Exception {
        try (var client = server.connect()) {
            var meaning = "the body follows the blank line in the same bytes: read it from the stream the head came"
                    + " from; a BufferedReader reads ahead, and the body waits in its buffer, out of the stream's reach";
            assertEquals("hello, body", client.send(post("/echo", "hello, body")).response(meaning).text(),
                    "the body echoed: " + meaning);
        }
    }

    @Test
    void a_body_in_pieces_is_read_whole() throws Exception {
        var quiet = server.quietMillis();
        try (var client = server.connect()) {
            var request = post("/echo", "the first half|the second half");
            client.send(request.substring(0, request.indexOf('|')));
            client.expectNothingYet(quiet, "the body ends after Content-Length bytes: read until all of them have come");
            client.send(request.substring(request.indexOf('|')));
            assertEquals("the first half|the second half", client.response().text(), "the body echoed");
        }
    }

    @Test
    void a_body_is_bytes_not_characters() throws Exception {
        try (var client = server.connect()) {
            client.send(post("/echo", "café") + StageServer.get("/echo/next"));
            var meaning = "Content-Length counts bytes, not characters (é is two bytes in UTF-8): read the body as"
                    + " bytes from the same stream as the head, not through a Reader";
            assertEquals("café", client.response(meaning).text(), "the body echoed: " + meaning);
            assertEquals("next", client.response(meaning).text(), "the next request's body: " + meaning);
        }
    }

    @Test
    void a_binary_body_is_echoed_byte_for_byte() throws Exception {
        try (var client = server.connect()) {
            var request = new ByteArrayOutputStream();
            request.writeBytes(("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + EVERY_BYTE.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(EVERY_BYTE);
            assertArrayEquals(EVERY_BYTE, client.send(request.toByteArray()).response().body(), "a body of every"
                    + " byte value: a body is bytes, not characters; read it with an InputStream, not a Reader");
        }
    }

    @Test
    void a_body_no_route_wants_is_still_read_past() throws Exception {
        try (var client = server.connect()) {
            client.send(post("/nowhere", "GET /echo/smuggled HTTP/1.1\r\n\r\n") + StageServer.get("/echo/next"));
            var meaning = "a body belongs to its request whatever the route: read it past, or its bytes are taken"
                    + " for the next request";
            assertEquals(404, client.response(meaning).status(), "the status for POST /nowhere");
            assertEquals("next", client.response(meaning).text(), "the next request's body: " + meaning);
        }
    }

    @Test
    void a_length_past_the_limit_is_refused_before_the_body_comes() throws Exception {
        try (var client = server.connect().patience(2)) {
            client.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2000000000\r\n\r\n");
            assertEquals(413, client.response("a length is checked before its body is read: two gigabytes announced"
                    + " and never sent get 413 at once").status(), "the status for a body of 2 GB");
        }
    }

    @Test
    void a_chunked_body_is_echoed() throws Exception {
        try (var client = server.connect()) {
            var response = client.send(chunked("/echo", "4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n")).response();
            assertEquals("Wikipedia", response.text(), "the chunked body echoed");
        }
    }

    @Test
    void a_chunk_size_is_hexadecimal() throws Exception {
        try (var client = server.connect()) {
            var sixteen = "0123456789abcdef";
            var response = client.send(chunked("/echo", "10\r\n" + sixteen + "\r\n1a\r\n" + "z".repeat(26) + "\r\n0\r\n\r\n"))
                    .response("a chunk size is hexadecimal: 10 is sixteen bytes, 1a twenty-six");
            assertEquals(sixteen + "z".repeat(26), response.text(), "the body: a chunk size is hexadecimal");
        }
    }

    @Test
    void a_chunk_extension_is_ignored() throws Exception {
        try (var client = server.connect()) {
            var response = client.send(chunked("/echo", "5;note=first\r\nhello\r\n0\r\n\r\n"))
                    .response("a chunk size may carry an extension after a semicolon, which a server ignores");
            assertEquals("hello", response.text(), "the body: a chunk extension (after ;) is not part of the size");
        }
    }

    @Test
    void a_request_after_a_chunked_body_is_answered() throws Exception {
        try (var client = server.connect()) {
            client.send(chunked("/echo", "3\r\nabc\r\n0\r\nX-Trailer: yes\r\n\r\n") + StageServer.get("/echo/next"));
            assertEquals("abc", client.response().text(), "the chunked body echoed");
            var meaning = "a chunked body ends with the empty line after the last chunk (size 0) and its trailer"
                    + " fields: read up to it, or the next request starts in the middle";
            assertEquals("next", client.response(meaning).text(), "the next request's body: " + meaning);
        }
    }

    @Test
    void a_request_with_two_framings_is_refused() throws Exception {
        try (var client = server.connect().patience(2)) {
            client.send(post("/echo", "Content-Length: 3\r\nTransfer-Encoding: chunked", "3\r\nabc\r\n0\r\n\r\n"));
            assertEquals(400, client.response("a request with both Content-Length and Transfer-Encoding is refused with"
                    + " 400: a proxy that trusts one and a server the other see two different requests").status(),
                    "the status for a request with both framings");
        }
    }
}

package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client that has the file already is told so with 304 and no body. */
@Timeout(20)
class ConditionalTest {

    @RegisterExtension
    static final SharedServer server = new SharedServer();

    private static RawClient.Response get(String... fields) throws IOException {
        try (var client = server.connect()) {
            return client.send("GET /style.css HTTP/1.1\r\nHost: test\r\n" + String.join("", fields) + "\r\n").read();
        }
    }

    @Test
    void a_file_carries_its_validators() throws IOException {
        var response = get();
        assertNotNull(response.field("ETag"));
        assertNotNull(response.field("Last-Modified"));
    }

    @Test
    void the_files_own_etag_is_304_with_no_body() throws IOException {
        var etag = get().field("ETag");
        var response = get("If-None-Match: " + etag + "\r\n");
        assertEquals(304, response.status());
        assertEquals(etag, response.field("ETag"));
        assertEquals(null, response.field("Content-Length"));
    }

    @Test
    void another_etag_is_200() throws IOException {
        assertEquals(200, get("If-None-Match: \"other\"\r\n").status());
    }

    @Test
    void its_last_modified_date_is_304() throws IOException {
        var date = get().field("Last-Modified");
        assertEquals(304, get("If-Modified-Since: " + date + "\r\n").status());
    }

    @Test
    void an_older_date_is_200() throws IOException {
        assertEquals(200, get("If-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT\r\n").status());
    }

    @Test
    void if_none_match_wins_over_if_modified_since() throws IOException {
        var date = get().field("Last-Modified");
        assertEquals(200, get("If-None-Match: \"other\"\r\n", "If-Modified-Since: " + date + "\r\n").status());
    }

    @Test
    void a_date_it_cannot_read_is_ignored() throws IOException {
        assertEquals(200, get("If-Modified-Since: yesterday\r\n").status());
    }

    @Test
    void a_304_keeps_the_connection_for_the_next_request() throws IOException {
        try (var client = server.connect()) {
            var etag = client.get("/style.css").field("ETag");
            assertEquals(304, client.send("GET /style.css HTTP/1.1\r\nHost: t\r\nIf-None-Match: " + etag + "\r\n\r\n")
                    .read().status());
            assertEquals(200, client.get("/site.js").status());
        }
    }
}

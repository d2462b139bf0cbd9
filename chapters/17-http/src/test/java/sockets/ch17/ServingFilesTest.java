package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET and HEAD of the chapter's own site, over one raw connection each. */
@Timeout(20)
class ServingFilesTest {

    @RegisterExtension
    static final SharedServer server = new SharedServer();

    @Test
    void the_root_is_the_sites_index_page_as_html() throws Exception {
        try (var client = server.connect()) {
            var response = client.get("/");
            assertAll(() -> assertEquals(200, response.status(), response::toString),
                    () -> assertEquals("text/html; charset=utf-8", response.field("Content-Type")),
                    () -> assertArrayEquals(Files.readAllBytes(RunningServer.SITE.resolve("index.html")), response.body()));
        }
    }

    @Test
    void each_file_goes_out_with_the_type_its_extension_names() throws Exception {
        try (var client = server.connect()) {
            assertEquals("text/css; charset=utf-8", client.get("/style.css").field("Content-Type"));
            assertEquals("text/javascript; charset=utf-8", client.get("/site.js").field("Content-Type"));
            assertEquals("image/svg+xml", client.get("/images/socket.svg").field("Content-Type"));
        }
    }

    @Test
    void head_sends_the_fields_of_get_and_no_body() throws Exception {
        try (var client = server.connect()) {
            client.send("HEAD /style.css HTTP/1.1\r\nHost: test\r\n\r\n");
            var head = client.readHead();
            assertEquals(200, head.status());
            assertEquals(String.valueOf(Files.size(RunningServer.SITE.resolve("style.css"))), head.field("Content-Length"));
            var next = client.get("/site.js");                    // no body came between: the next response is next
            assertEquals(200, next.status(), next::toString);
        }
    }

    @Test
    void a_file_that_is_not_there_is_404_and_the_connection_stays_open() throws Exception {
        try (var client = server.connect()) {
            assertEquals(404, client.get("/no-such-page.html").status());
            assertEquals(200, client.get("/").status());
        }
    }

    @Test
    void head_of_a_missing_file_is_404_without_a_body() throws Exception {
        try (var client = server.connect()) {
            client.send("HEAD /missing.html HTTP/1.1\r\nHost: test\r\n\r\n");
            assertEquals(404, client.readHead().status());
            assertEquals(200, client.get("/").status(), "no body came between");
        }
    }

    @Test
    void head_of_the_echo_page_says_chunked_and_sends_no_chunk() throws Exception {
        try (var client = server.connect()) {
            client.send("HEAD /echo HTTP/1.1\r\nHost: test\r\n\r\n");
            assertEquals("chunked", client.readHead().field("Transfer-Encoding"));
            assertEquals(200, client.get("/style.css").status(), "no chunk came between");
        }
    }

    @Test
    void a_query_is_not_part_of_the_file_name() throws Exception {
        try (var client = server.connect()) {
            assertEquals(200, client.get("/style.css?v=2").status());
        }
    }

    @Test
    void every_response_carries_a_date() throws Exception {
        try (var client = server.connect()) {
            var date = client.get("/").field("Date");
            assertTrue(date.matches("[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT"), date);
        }
    }
}

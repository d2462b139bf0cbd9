package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Request bodies framed by Content-Length or chunked, Expect: 100-continue, and /echo's chunked answer. */
@Timeout(20)
class BodiesTest {

    private static final int MAX_BODY = 1000;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(Limits.DEFAULT.withMaxBody(MAX_BODY));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_body_framed_by_content_length_reaches_the_echo_page() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 8\r\n\r\nname=Ada").read();
            assertEquals(200, response.status());
            assertTrue(response.text().endsWith("\nname=Ada"), response::toString);
            assertEquals(200, client.get("/").status(), "the body ended where its length said");
        }
    }

    @Test
    void a_chunked_body_is_decoded_with_its_extensions_and_trailers_dropped() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;note=first\r\nname=\r\n3\r\nAda\r\n0\r\nX-Trailer: dropped\r\n\r\n").read();
            assertTrue(response.text().endsWith("\nname=Ada"), response::toString);
            assertEquals(200, client.get("/").status(), "the body ended at its last chunk");
        }
    }

    @Test
    void a_chunked_body_cut_at_every_byte_is_read_whole() throws Exception {
        try (var client = server.connect()) {
            client.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (byte b : "a\r\n0123456789\r\n0\r\n\r\n".getBytes()) {
                client.send(new byte[] {b});
            }
            assertTrue(client.read().text().endsWith("\n0123456789"));
        }
    }

    @Test
    void a_content_length_over_the_limit_is_413_before_the_body_is_read() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 1000000\r\n\r\n").read();
            assertEquals(413, response.status());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void a_chunked_body_that_grows_over_the_limit_is_413() throws Exception {
        try (var client = server.connect()) {
            var chunk = "200\r\n" + "x".repeat(0x200) + "\r\n";
            var response = client.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + chunk + chunk + "0\r\n\r\n").read();
            assertEquals(413, response.status());
        }
    }

    @Test
    void a_chunk_size_that_is_not_hexadecimal_is_400() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "zz\r\nhello\r\n0\r\n\r\n").read();
            assertEquals(400, response.status());
        }
    }

    @Test
    void chunk_data_longer_than_its_size_is_400() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "2\r\nhello\r\n0\r\n\r\n").read();
            assertEquals(400, response.status());
        }
    }

    @Test
    void a_transfer_coding_other_than_chunked_is_501() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: gzip\r\n\r\n").read();
            assertEquals(501, response.status());
        }
    }

    @Test
    void expect_100_continue_gets_100_before_the_client_sends_the_body() throws Exception {
        try (var client = server.connect()) {
            var interim = client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\n"
                    + "Expect: 100-continue\r\n\r\n").read();
            assertEquals(100, interim.status());
            var response = client.send("hello").read();
            assertTrue(response.text().endsWith("\nhello"), response::toString);
        }
    }

    @Test
    void expect_100_continue_with_a_body_too_large_gets_413_and_no_100() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 5000\r\n"
                    + "Expect: 100-continue\r\n\r\n").read();
            assertEquals(413, response.status());
        }
    }

    @Test
    void an_expectation_the_server_cannot_meet_is_417() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("GET / HTTP/1.1\r\nHost: test\r\nExpect: teapot\r\n\r\n").read();
            assertEquals(417, response.status());
        }
    }

    @Test
    void the_echo_page_answers_http_1_1_in_chunks() throws Exception {
        try (var client = server.connect()) {
            var response = client.get("/echo?x=1");
            assertEquals("chunked", response.field("Transfer-Encoding"));
            assertTrue(response.text().startsWith("GET /echo?x=1 HTTP/1.1\nHost: test\n"), response::toString);
        }
    }

    @Test
    void the_echo_page_answers_http_1_0_with_a_length_as_it_knows_no_chunks() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("GET /echo HTTP/1.0\r\n\r\n").read();
            assertEquals(String.valueOf(response.body().length), response.field("Content-Length"));
            assertTrue(response.text().startsWith("GET /echo HTTP/1.0\n"), response::toString);
        }
    }

    @Test
    void a_post_to_a_file_is_405() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /index.html HTTP/1.1\r\nHost: test\r\nContent-Length: 2\r\n\r\nhi").read();
            assertEquals(405, response.status());
            assertEquals(200, client.get("/").status(), "the body was read, the connection goes on");
        }
    }
}

package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request line and the header section as RFC 9112 says, read from a raw socket: what is
 * served, and each thing refused with its status. A refusal closes the connection: after
 * bytes it could not read, the server cannot know where the next request starts.
 */
@Timeout(20)
class RequestParsingTest {

    @RegisterExtension
    static final SharedServer server = new SharedServer();

    /** Sends {@code request}, reads one response, and checks its status and that the server closed. */
    private static void refused(int status, String request) throws Exception {
        try (var client = server.connect()) {
            var response = client.send(request).read();
            assertEquals(status, response.status(), response::toString);
            assertEquals("close", response.field("Connection"), "a refusal says it closes");
            assertTrue(client.closedByServer(), "the server closed after refusing");
        }
    }

    @Test
    void a_request_sent_one_byte_at_a_time_is_read_whole() throws Exception {
        try (var client = server.connect()) {
            for (byte b : "GET /style.css HTTP/1.1\r\nHost: test\r\n\r\n".getBytes()) {
                client.send(new byte[] {b});
            }
            assertEquals(200, client.read().status());
        }
    }

    @Test
    void one_empty_line_before_a_request_is_forgiven() throws Exception {
        try (var client = server.connect()) {
            assertEquals(200, client.send("\r\nGET / HTTP/1.1\r\nHost: test\r\n\r\n").read().status());
        }
    }

    @Test
    void a_target_in_absolute_form_is_served_like_its_path() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("GET http://test/style.css HTTP/1.1\r\nHost: test\r\n\r\n").read();
            assertEquals("text/css; charset=utf-8", response.field("Content-Type"), response::toString);
        }
    }

    @Test
    void a_request_line_over_the_limit_is_414() throws Exception {
        refused(414, "GET /" + "a".repeat(Limits.DEFAULT.requestLine()) + " HTTP/1.1\r\nHost: test\r\n\r\n");
    }

    @Test
    void a_header_line_over_the_limit_is_431() throws Exception {
        refused(431, "GET / HTTP/1.1\r\nHost: test\r\nX-Long: " + "a".repeat(Limits.DEFAULT.requestLine()) + "\r\n\r\n");
    }

    @Test
    void a_header_section_over_the_limit_is_431() throws Exception {
        var field = "X-Field: " + "a".repeat(4000) + "\r\n";
        refused(431, "GET / HTTP/1.1\r\nHost: test\r\n" + field.repeat(9) + "\r\n");
    }

    @Test
    void more_header_fields_than_the_limit_is_431() throws Exception {
        refused(431, "GET / HTTP/1.1\r\nHost: test\r\n" + "X-A: 1\r\n".repeat(Limits.DEFAULT.headerCount()) + "\r\n");
    }

    @Test
    void bytes_that_are_not_a_request_line_are_400() throws Exception {
        refused(400, "\u0000\u00ff hello there\r\n\r\n");
    }

    @Test
    void a_line_ended_by_lf_alone_is_400() throws Exception {
        refused(400, "GET / HTTP/1.1\nHost: test\n\n");
    }

    @Test
    void a_cr_alone_inside_a_header_value_is_400() throws Exception {
        refused(400, "GET / HTTP/1.1\r\nHost: test\r\nX-Split: one\rX-Other: two\r\n\r\n");
    }

    @Test
    void a_nul_inside_a_header_value_is_400() throws Exception {
        refused(400, "GET / HTTP/1.1\r\nHost: test\r\nX-Nul: one\u0000two\r\n\r\n");
    }

    @Test
    void a_space_between_a_field_name_and_its_colon_is_400() throws Exception {
        refused(400, "GET / HTTP/1.1\r\nHost : test\r\n\r\n");
    }

    @Test
    void a_folded_header_line_is_400() throws Exception {
        refused(400, "GET / HTTP/1.1\r\nHost: test\r\nX-Folded: one\r\n two\r\n\r\n");
    }

    @Test
    void an_http_1_1_request_without_host_is_400() throws Exception {
        refused(400, "GET / HTTP/1.1\r\n\r\n");
    }

    @Test
    void an_http_1_1_request_with_two_hosts_is_400() throws Exception {
        refused(400, "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");
    }

    @Test
    void http_2_on_this_connection_is_505() throws Exception {
        refused(505, "GET / HTTP/2.0\r\nHost: test\r\n\r\n");
    }

    @Test
    void a_method_nobody_defined_is_501() throws Exception {
        refused(501, "BREW / HTTP/1.1\r\nHost: test\r\n\r\n");
    }

    @Test
    void a_method_in_lower_case_is_another_method_and_501() throws Exception {
        refused(501, "get / HTTP/1.1\r\nHost: test\r\n\r\n");
    }

    @Test
    void a_known_method_a_file_does_not_allow_is_405_with_the_methods_it_does() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("DELETE /style.css HTTP/1.1\r\nHost: test\r\n\r\n").read();
            assertEquals(405, response.status());
            assertEquals("GET, HEAD", response.field("Allow"));
            assertEquals(200, client.get("/").status(), "a 405 keeps the connection");
        }
    }
}

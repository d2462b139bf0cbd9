package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests whose end two readers could see in two places, refused with 400 and a close, so
 * that no request hidden in a body is ever read as the next one.
 */
@Timeout(20)
class SmugglingTest {

    @RegisterExtension
    static final SharedServer server = new SharedServer();

    /** Sends a request with a second request hidden where one reading would see a body. */
    private static void refusedWithNothingSmuggled(String fields, String body) throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /echo HTTP/1.1\r\nHost: test\r\n" + fields + "\r\n" + body).read();
            assertEquals(400, response.status(), response::toString);
            assertTrue(client.closedByServer(), "closed: the hidden request was never answered");
        }
    }

    private static final String HIDDEN = "GET /smuggled HTTP/1.1\r\nHost: test\r\n\r\n";

    @Test
    void content_length_and_transfer_encoding_together_are_400() throws Exception {
        refusedWithNothingSmuggled("Content-Length: 4\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n" + HIDDEN);
    }

    @Test
    void two_different_content_lengths_are_400() throws Exception {
        refusedWithNothingSmuggled("Content-Length: 0\r\nContent-Length: 40\r\n", HIDDEN);
    }

    @Test
    void a_list_of_two_different_lengths_in_one_field_is_400() throws Exception {
        refusedWithNothingSmuggled("Content-Length: 0, 40\r\n", HIDDEN);
    }

    @Test
    void a_content_length_with_a_sign_is_400() throws Exception {
        refusedWithNothingSmuggled("Content-Length: +0\r\n", HIDDEN);
    }

    @Test
    void transfer_encoding_in_an_http_1_0_request_is_400() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n").read();
            assertEquals(400, response.status());
        }
    }

    @Test
    void an_lf_alone_inside_a_header_value_is_400_so_it_cannot_start_a_field() throws Exception {
        // A reader that ends lines at LF alone sees a Content-Length here; this one sees a bad line.
        refusedWithNothingSmuggled("X-Note: a\nContent-Length: 40\r\n", HIDDEN);
    }

    @Test
    void two_equal_content_lengths_are_one_length() throws Exception {
        try (var client = server.connect()) {
            var response = client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nhi")
                    .read();
            assertEquals(200, response.status());
            assertTrue(response.text().endsWith("\nhi"));
        }
    }
}

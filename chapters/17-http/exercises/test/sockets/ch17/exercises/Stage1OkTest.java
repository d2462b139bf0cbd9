package sockets.ch17.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Stage 1: any request to / is answered 200 OK. Every later stage runs these tests too. */
@Timeout(20)
class Stage1OkTest {

    @TempDir
    Path scratch;
    StageServer server;

    @BeforeEach
    void start() throws Exception {
        server = new StageServer(site(scratch));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** The folder the server serves: empty until stage 4 fills it. */
    Path site(Path scratch) throws Exception {
        return Files.createDirectories(scratch.resolve("www"));
    }

    @Test
    void a_request_is_answered_200_ok() throws Exception {
        try (var client = server.connect()) {
            var response = client.send(StageServer.get("/")).response();
            assertEquals("HTTP/1.1 200 OK", response.statusLine(), "the status line");
        }
    }

    @Test
    void the_empty_body_is_announced_with_content_length_0() throws Exception {
        try (var client = server.connect()) {
            var response = client.send(StageServer.get("/")).response();
            assertEquals("0", response.field("Content-Length").orElse("(none)"),
                    "the Content-Length field: it tells the client where the body ends (here, at once)");
        }
    }

    @Test
    void the_response_waits_for_the_blank_line() throws Exception {
        var quiet = server.quietMillis();
        try (var client = server.connect()) {
            var request = StageServer.get("/", "Accept: */*", "User-Agent: stage-1");
            client.send(request.substring(0, request.length() - 2));
            client.expectNothingYet(quiet, "a request ends at its blank line (the empty line after the header fields):"
                    + " answering before the blank line answers half a request");
            client.send("\r\n");
            assertEquals(200, client.response().status(), "the status once the request was whole");
        }
    }

    @Test
    void a_request_a_byte_at_a_time_is_answered_once_whole() throws Exception {
        try (var client = server.connect()) {
            for (var b : StageServer.get("/").getBytes()) {
                client.send(new byte[] {b});
            }
            assertEquals(200, client.response("TCP may deliver a request in pieces: read up to the blank line,"
                    + " not what one read returns").status(), "the status");
        }
    }

    @Test
    void clients_one_after_another_are_all_answered() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (var client = server.connect()) {
                assertEquals(200, client.send(StageServer.get("/")).response().status(), "the status for client " + (i + 1));
            }
        }
    }
}

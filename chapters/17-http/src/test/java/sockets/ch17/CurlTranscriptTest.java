package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import sockets.testkit.ExternalClient;

/**
 * The book's curl sessions (transcripts/curl-*.txt), run again against the server: the
 * command on the first line, its port replaced, and what curl prints compared line by line.
 * The date, the validators and curl's version vary from run to run and machine to machine.
 */
@Timeout(30)
class CurlTranscriptTest {

    @RegisterExtension
    static final SharedServer server = new SharedServer();

    @BeforeEach
    void curl_is_here() {
        ExternalClient.require("curl", "curl", "WORKBOOK_REQUIRE_CURL");
    }

    @Test
    void the_book_session_of_a_post_to_the_echo_page_is_what_curl_prints() throws IOException {
        check("curl-echo.txt");
    }

    @Test
    void the_book_session_of_a_head_request_is_what_curl_prints() throws IOException {
        check("curl-head.txt");
    }

    private static void check(String name) throws IOException {
        var lines = Files.readAllLines(Path.of("transcripts", name));
        var prompt = lines.getFirst();
        var command = new ArrayList<String>();
        for (var word : prompt.substring(2).split(" ")) {
            command.add(word.replace(":8080", ":" + server.port()));
        }
        command.add(1, "-s");                                // no progress meter: the book shows none
        var printed = ExternalClient.runOrSkip(command.toArray(String[]::new));
        assertEquals(normalised(String.join("\n", lines.subList(1, lines.size()))), normalised(printed),
                "the book's transcript " + name + " no longer matches what curl prints");
    }

    private static String normalised(String text) {
        return text.replace("\r", "").strip()
                .replaceAll(":(8080|" + server.port() + ")\\b", ":PORT")
                .replaceAll("(?m)^(Date|Last-Modified): .*$", "$1: DATE")
                .replaceAll("(?m)^ETag: .*$", "ETag: TAG")
                .replaceAll("curl/[0-9.]+", "curl/VERSION");
    }
}

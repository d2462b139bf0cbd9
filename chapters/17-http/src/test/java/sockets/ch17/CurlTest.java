package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.ExternalClient;

/**
 * curl, a client nobody here wrote, against the server: a connection kept and used again,
 * HEAD, conditional requests, a chunked upload with Expect: 100-continue, and the error
 * statuses. Without curl the tests skip, unless CI=true or WORKBOOK_REQUIRE_CURL=1.
 */
@Timeout(30)
class CurlTest {

    private static RunningServer server;
    @TempDir
    static Path files;

    @BeforeAll
    static void start() {
        server = RunningServer.start(RunningServer.SITE, Limits.DEFAULT.withMaxBody(64 * 1024));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void curl_is_here() {
        ExternalClient.require("curl", "curl", "WORKBOOK_REQUIRE_CURL");
    }

    /** curl --http1.1 -s with {@code args}, its stdout and stderr together. */
    private static String curl(String... args) {
        var command = new ArrayList<>(List.of("curl", "--http1.1", "-s", "--max-time", "20"));
        command.addAll(List.of(args));
        return ExternalClient.runOrSkip(command.toArray(String[]::new));
    }

    /** The status curl received, as -w '%{http_code}' prints it after the body (sent to nowhere). */
    private static String status(String... args) {
        var command = new ArrayList<>(List.of("-o", nowhere(), "-w", "%{http_code}"));
        command.addAll(List.of(args));
        return curl(command.toArray(String[]::new)).strip();
    }

    private static String nowhere() {
        return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
    }

    @Test
    void curl_uses_one_connection_for_two_urls() {
        var out = curl("-v", "-o", nowhere(), "-o", nowhere(), server.url("/"), server.url("/style.css"));
        assertTrue(out.contains("Re-using existing"), out);
        assertEquals(2, out.split("< HTTP/1.1 200 OK", -1).length - 1, out);
    }

    @Test
    void curl_head_gets_the_fields_and_no_body() {
        var out = curl("-I", server.url("/style.css"));
        assertTrue(out.startsWith("HTTP/1.1 200 OK\r\n"), out);
        assertTrue(out.contains("Content-Type: text/css; charset=utf-8\r\n"), out);
        assertTrue(out.endsWith("\r\n\r\n"), "no body after the fields: " + out);
    }

    @Test
    void curl_with_a_date_gets_304_for_a_file_not_changed_since() {
        var lastModified = curl("-I", server.url("/site.js")).lines()
                .filter(l -> l.startsWith("Last-Modified: ")).findFirst().orElseThrow().substring(15);
        assertEquals("304", status("-z", lastModified, server.url("/site.js")));
    }

    @Test
    void curl_with_the_etag_it_saved_gets_304() {
        var etags = files.resolve("etags.txt").toString();
        assertEquals("200", status("--etag-save", etags, server.url("/index.html")));
        assertEquals("304", status("--etag-compare", etags, server.url("/index.html")));
    }

    @Test
    void a_chunked_upload_with_100_continue_reaches_the_echo_page() throws IOException {
        var upload = files.resolve("upload.txt");
        Files.writeString(upload, "line one\nline two\n");
        var out = curl("-v", "-H", "Transfer-Encoding: chunked", "-H", "Expect: 100-continue",
                "--data-binary", "@" + upload, server.url("/echo"));
        assertTrue(out.contains("< HTTP/1.1 100 Continue"), out);
        assertTrue(out.contains("Transfer-Encoding: chunked\n") && out.contains("\nline one\nline two\n"), out);
    }

    @Test
    void curl_gets_404_for_a_file_that_is_not_there() {
        assertEquals("404", status(server.url("/missing.html")));
    }

    @Test
    void curl_gets_405_for_a_method_a_file_does_not_allow() {
        assertEquals("405", status("-X", "DELETE", server.url("/index.html")));
    }

    @Test
    void curl_gets_400_for_a_path_that_climbs_out() {
        assertEquals("400", status("--path-as-is", server.url("/../pom.xml")));
    }

    @Test
    void curl_gets_413_for_a_body_over_the_limit() throws IOException {
        var large = files.resolve("large.bin");
        Files.write(large, new byte[100 * 1024]);
        assertEquals("413", status("--data-binary", "@" + large, server.url("/echo")));
    }

    @Test
    void curl_gets_414_for_a_url_over_the_limit() {
        assertEquals("414", status(server.url("/" + "a".repeat(9000))));
    }

    @Test
    void curl_gets_431_for_headers_over_the_limit() {
        assertEquals("431", status("-H", "X-Large: " + "a".repeat(9000), server.url("/")));
    }
}

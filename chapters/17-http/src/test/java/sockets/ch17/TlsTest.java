package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.ExternalClient;

/** The same server on a TLS listener: HTTPS, with a key and certificate keytool made for the test. */
@Timeout(60)
class TlsTest {

    @TempDir
    static Path folder;
    private static TestKeys keys;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        keys = TestKeys.make(folder);
        server = RunningServer.start(RunningServer.SITE, Limits.DEFAULT, keys.listener());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_tls_client_gets_two_files_over_one_connection() throws Exception {
        try (var client = RawClient.over(keys.clientSockets().createSocket("127.0.0.1", server.port()))) {
            assertEquals("text/html; charset=utf-8", client.get("/").field("Content-Type"));
            assertEquals("text/css; charset=utf-8", client.get("/style.css").field("Content-Type"));
        }
    }

    @Test
    void connection_close_over_tls_is_answered_then_closed() throws Exception {
        try (var client = RawClient.over(keys.clientSockets().createSocket("127.0.0.1", server.port()))) {
            var response = client.send("GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n").read();
            assertEquals(200, response.status());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void curl_gets_the_page_over_https_trusting_the_certificate() {
        ExternalClient.require("curl", "curl", "WORKBOOK_REQUIRE_CURL");
        var out = ExternalClient.runOrSkip("curl", "--http1.1", "-s", "--max-time", "20", "--cacert",
                keys.pem().toString(), "-o", nowhere(),
                "-w", "%{http_code} %{scheme}", "https://127.0.0.1:" + server.port() + "/");
        assertEquals("200 HTTPS", out.strip());
    }

    @Test
    void tls_without_chapter_15s_keys_is_one_sentence_that_says_how_to_make_them() {
        var missing = assertThrows(Options.BadArgument.class, () -> TlsKeys.firstOf(List.of(folder.resolve("none"))));
        assertTrue(missing.getMessage().contains("run ./workbook run 15 keys first."), missing.getMessage());
    }

    private static String nowhere() {
        return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}

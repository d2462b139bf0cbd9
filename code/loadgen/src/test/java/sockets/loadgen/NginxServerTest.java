package sockets.loadgen;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.ExternalClient;

/**
 * nginx as {@code ./workbook bench http} starts it, from the configuration it writes, on
 * loopback: files fetched, no load but wrk's one second. Where nginx or wrk is missing the test says so
 * and skips, unless CI=true or WORKBOOK_REQUIRE_NGINX=1 (.ci/run), where it must run.
 */
@Timeout(60)
class NginxServerTest {

    @Test
    void nginx_started_as_the_bench_starts_it_serves_the_copied_folder_on_loopback_and_stops(@TempDir Path chapter)
            throws Exception {
        var nginx = nginx();
        Files.writeString(chapter.resolve("index.html"), "<!doctype html><title>t</title>\n");
        List<ProcessHandle> processes;
        try (var site = BenchSite.copyOf(chapter);
             var server = NginxServer.start(nginx, site.site(), site.nginxFolder());
             var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            processes = Stream.concat(Stream.of(server.master()), server.master().descendants()).toList();
            var page = get(http, server.port(), "/index.html");
            var large = get(http, server.port(), BenchSite.LARGE);

            assertAll(
                    () -> assertEquals(200, page.statusCode(), server::logText),
                    () -> assertEquals("<!doctype html><title>t</title>\n", new String(page.body())),
                    () -> assertEquals("text/html", page.headers().firstValue("Content-Type").orElse("")),
                    () -> assertEquals(200, large.statusCode(), server::logText),
                    () -> assertEquals(BenchSite.LARGE_BYTES, large.body().length));
        }
        assertTrue(processes.size() > 1, "nginx's master and its workers: " + processes);
        assertEquals(List.of(), processes.stream().filter(ProcessHandle::isAlive).map(p -> p.pid() + " " + p.info()).toList(),
                "nginx and its workers are gone");
    }

    @Test
    void wrk_reports_a_second_of_keep_alive_requests_to_nginx_in_the_form_the_bench_reads(@TempDir Path chapter)
            throws Exception {
        var nginx = nginx();
        var wrk = BenchTools.find("wrk", System.getenv().getOrDefault("PATH", ""), List.of());
        if (wrk.isEmpty()) {
            ExternalClient.require("wrk", "wrk", "WORKBOOK_REQUIRE_NGINX");
        }
        Files.writeString(chapter.resolve("index.html"), "hello\n");
        try (var site = BenchSite.copyOf(chapter);
             var server = NginxServer.start(nginx, site.site(), site.nginxFolder())) {
            var report = WrkReport.run(wrk.orElseThrow(), "http://127.0.0.1:" + server.port() + "/index.html", 1, 1, 1);

            assertTrue(report.requests() > 0 && report.perSecond() > 0, report::toString);
            assertEquals(0, report.errors(), report::toString);
        }
    }

    /** nginx, on the PATH or in /usr/sbin (Debian's place, not on a user's PATH); or skip. */
    private static Path nginx() {
        var nginx = BenchTools.find("nginx", System.getenv().getOrDefault("PATH", ""), BenchTools.SERVER_FOLDERS);
        if (nginx.isEmpty()) {
            ExternalClient.require("nginx", "nginx-light", "WORKBOOK_REQUIRE_NGINX");
        }
        return nginx.orElseThrow();
    }

    private static HttpResponse<byte[]> get(HttpClient http, int port, String path)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import sockets.testkit.Platform;
import sockets.testkit.Transcript;
import sockets.wire.Sockets;

/**
 * The chapter's page loaded by a real browser, Debian's Chromium, headless, driven through
 * chromedriver as the book's own browser test drives it: every resource arrives with 200,
 * each picture is drawn, the stylesheet applies, the script runs and its fetch of /echo comes
 * back, over HTTP and over HTTPS; while the page is still open, {@code ./workbook sockets}
 * shows the browser's connections as the book does. Without /usr/bin/chromium and
 * /usr/bin/chromedriver it skips, unless WORKBOOK_REQUIRE_BROWSER=1 (as in CI) makes it fail.
 */
@Timeout(90)
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Selenium warns that it has no DevTools bindings for this Chromium; the test needs none. */
    private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    /** Waits in the page for the script's fetch of /echo, then reports what the page holds. */
    private static final String REPORT = """
            const done = arguments[arguments.length - 1];
            const ready = () => document.getElementById('echo').textContent.startsWith('GET ');
            const report = () => done({
              status: document.getElementById('status').textContent,
              echo: document.getElementById('echo').textContent,
              pictures: Array.from(document.images).map(i => i.getAttribute('src') + ' '
                  + (i.complete && i.naturalWidth > 0 ? 'drawn' : 'broken')),
              background: getComputedStyle(document.body).backgroundColor,
              resources: performance.getEntriesByType('resource').map(r => r.name.replace(/^.*\\/\\/[^/]*/, '')
                  + ' ' + r.responseStatus)
            });
            const wait = () => ready() ? report() : setTimeout(wait, 20);
            wait();
            """;

    /**
     * What one visit over HTTP left: what the page holds, the connections the server accepted,
     * and on Linux {@code ./workbook sockets --port PORT} printed while the page was still open.
     */
    private record Visit(Map<String, Object> page, int port, int connections, String sockets) {
    }

    /** The visit over HTTP, made once for the tests that look at it: a Chromium start costs seconds of CPU. */
    private static Visit visitOverHttp;

    @Test
    void chromium_loads_the_page_with_every_resource_drawn_and_the_script_run() throws IOException {
        assertEverythingArrived(visitOverHttp().page());
    }

    @Test
    void chromium_opens_several_connections_to_the_server_at_once() throws IOException {
        var visit = visitOverHttp();
        // One HTTP/1.1 connection carries one request at a time: for eight, a browser opens more.
        assertTrue(visit.connections() >= 2, "Chromium opened " + visit.connections() + " connection(s)");
    }

    @Test
    void the_book_shows_the_browsers_connections_as_the_socket_table_does() throws IOException {
        Platform.requireLinux("reads /proc/net/tcp, which only Linux has");
        var transcript = Transcript.load("browser-sockets.txt")
                .normalising("pid \\d+", "pid PID")
                // Debian's Chromium is named chromium in /proc/PID/comm, Google's build chrome.
                .normalising("\\bchrome pid", "chromium pid")
                .normalising("somaxconn \\(\\d+ here\\)", "somaxconn (N here)")
                // The queues at that instant: a favicon request in flight, a connection not yet
                // accepted would change them, and the book is about the rows, not their bytes.
                .normalising("(LISTEN|ESTABLISHED) +\\d+ +(\\d+|-)", "$1 Q Q")
                // The columns are as wide as the ports: 8080 in the book, five digits here.
                .normalising(" +", " ");
        // The book shows one visit; how many connections Chromium opens varies with timing.
        transcript.assertMatchesAsSetOfLines(visitOverHttp().sockets());
    }

    @Test
    void the_socket_table_shows_each_browser_connection_from_both_ends() throws IOException {
        Platform.requireLinux("reads /proc/net/tcp, which only Linux has");
        var visit = visitOverHttp();
        var rows = SocketTableRow.parse(visit.sockets());
        var server = "127.0.0.1:" + visit.port();
        var thisJvm = "java pid " + ProcessHandle.current().pid();
        var browserEnds = rows.stream().filter(row -> row.peer().equals(server)).toList();
        assertTrue(browserEnds.size() >= 2, "several connections at once: " + rows);
        for (var end : browserEnds) {
            assertTrue(end.holder().matches("(chromium|chrome) pid \\d+"), "the browser holds its end: " + end);
            var serverEnd = new SocketTableRow("ESTABLISHED", server, end.local(), thisJvm);
            assertTrue(rows.contains(serverEnd), "the server's end " + serverEnd + " is shown too: " + rows);
        }
        assertEquals(new SocketTableRow("LISTEN", server, "*:*", thisJvm), rows.getFirst());
        assertEquals(1 + 2 * browserEnds.size(), rows.size(), "the listener and both ends of each connection: " + rows);
    }

    @Test
    void chromium_loads_the_page_over_https_too(@TempDir Path folder) throws IOException {
        assumeTheBrowserIsHere();
        var keys = TestKeys.make(folder);
        try (var server = RunningServer.start(RunningServer.SITE, Limits.DEFAULT, keys.listener())) {
            // The test's certificate is its own: Chromium trusts it by its public key alone.
            var page = load("https://127.0.0.1:" + server.port() + "/", () -> { },
                    "--ignore-certificate-errors-spki-list=" + keys.publicKeyPin());
            assertEverythingArrived(page);
        }
    }

    /**
     * Loads the page from a server of its own, counting the connections the browser opens. The
     * server keeps an idle connection for a minute, not 5 s, so that the socket table, taken
     * once the page is done, sees every connection however slowly a loaded machine runs.
     */
    private static synchronized Visit visitOverHttp() throws IOException {
        assumeTheBrowserIsHere();
        if (visitOverHttp == null) {
            var listener = new CountingListener();
            var sockets = new AtomicReference<String>();
            try (var server = RunningServer.start(RunningServer.SITE, Limits.DEFAULT.withIdle(Duration.ofMinutes(1)),
                    listener)) {
                var page = load(server.url("/"), () -> sockets.set(socketTable(listener)));
                System.out.println("Chromium: " + listener.accepted() + " connection(s) for " + page.get("resources"));
                visitOverHttp = new Visit(page, server.port(), listener.accepted(), sockets.get());
            }
        }
        return visitOverHttp;
    }

    /**
     * {@code ./workbook sockets --port PORT} with the rows of this visit alone: the listener, and
     * the connections it accepted seen from both ends. Tests running beside this one hold
     * sockets too, and one of them may have the listener's port at its far end.
     */
    private static String socketTable(CountingListener listener) throws IOException {
        if (!Platform.isLinux()) {
            return null;
        }
        var server = (InetSocketAddress) listener.getLocalSocketAddress();
        var browser = listener.peers();
        return Sockets.reportForPort(server.getPort(), row -> row.local().equals(server)
                ? row.remote().getPort() == 0 || browser.contains(row.remote())
                : row.remote().equals(server) && browser.contains(row.local()));
    }

    /** What a test does while the browser still has the page open. */
    @FunctionalInterface
    private interface WhileOpen {
        void run() throws IOException;
    }

    /**
     * Opens the page in a Chromium of its own, runs {@code whileOpen} once its script is done,
     * and returns what the page holds.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String url, WhileOpen whileOpen, String... chromiumArguments)
            throws IOException {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        var profile = Files.createTempDirectory("ch17-chromium-");
        ChromeDriver driver = null;
        try {
            driver = startChromium(profile, chromiumArguments);
            driver.get(url);
            var page = new java.util.HashMap<>((Map<String, Object>) driver.executeAsyncScript(REPORT));
            page.put("title", driver.getTitle());
            whileOpen.run();
            return page;
        } finally {
            if (driver != null) {
                driver.quit();
            }
            deleteQuietly(profile);
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertEverythingArrived(Map<String, Object> page) {
        assertEquals("Chapter 17: served from a socket", page.get("title"));
        assertEquals(List.of("images/socket.svg drawn", "images/request.svg drawn", "images/response.svg drawn",
                "images/keep-alive.svg drawn"), page.get("pictures"));
        assertEquals("rgb(248, 250, 252)", page.get("background"), "the stylesheet applies");
        assertEquals("4 of 4 pictures drawn; the stylesheet applied; the script ran.", page.get("status"));
        var echo = (String) page.get("echo");
        assertTrue(echo.startsWith("GET /echo HTTP/1.1\n") && echo.contains("\nX-Asked-By: site.js\n"), echo);
        var resources = (List<String>) page.get("resources");
        for (var wanted : List.of("/style.css 200", "/site.js 200", "/images/socket.svg 200",
                "/images/request.svg 200", "/images/response.svg 200", "/images/keep-alive.svg 200", "/echo 200")) {
            assertTrue(resources.contains(wanted), wanted + " in " + resources);
        }
    }

    private static ChromeDriver startChromium(Path profile, String... extra) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without these, Chromium reaches for the network at start, which this machine refuses.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1024,768");
        options.addArguments(extra);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    private static void assumeTheBrowserIsHere() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        var message = "No browser test: it needs Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver, or .ci/install-test-tools).";
        if ("1".equals(System.getenv("WORKBOOK_REQUIRE_BROWSER"))) {
            fail(message + " WORKBOOK_REQUIRE_BROWSER=1 requires it.");
        }
        Assumptions.abort(message);
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind harms nothing
        }
    }
}

package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The chapter's page loaded by a real browser, Debian's Chromium, headless, driven through
 * chromedriver as the book's own browser test drives it: every resource arrives with 200,
 * each picture is drawn, the stylesheet applies, the script runs and its fetch of /echo comes
 * back, over HTTP and over HTTPS. Without /usr/bin/chromium and /usr/bin/chromedriver it skips, unless
 * WORKBOOK_REQUIRE_BROWSER=1 (as in CI) makes it fail.
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

    @Test
    void chromium_loads_the_page_with_every_resource_drawn_and_the_script_run() throws IOException {
        assumeTheBrowserIsHere();
        var listener = new CountingListener();
        try (var server = RunningServer.start(RunningServer.SITE, Limits.DEFAULT, listener)) {
            var page = load(server.url("/"));
            System.out.println("Chromium: " + listener.accepted() + " connection(s) for " + page.get("resources"));
            assertEverythingArrived(page);
        }
    }

    @Test
    void chromium_loads_the_page_over_https_too(@TempDir Path folder) throws IOException {
        assumeTheBrowserIsHere();
        var keys = TestKeys.make(folder);
        try (var server = RunningServer.start(RunningServer.SITE, Limits.DEFAULT, keys.listener())) {
            // The test's certificate is its own: Chromium trusts it by its public key alone.
            var page = load("https://127.0.0.1:" + server.port() + "/",
                    "--ignore-certificate-errors-spki-list=" + keys.publicKeyPin());
            assertEverythingArrived(page);
        }
    }

    /** Opens the page in a Chromium of its own and returns what the page holds once its script is done. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String url, String... chromiumArguments) throws IOException {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        var profile = Files.createTempDirectory("ch17-chromium-");
        ChromeDriver driver = null;
        try {
            driver = startChromium(profile, chromiumArguments);
            driver.get(url);
            var page = new java.util.HashMap<>((Map<String, Object>) driver.executeAsyncScript(REPORT));
            page.put("title", driver.getTitle());
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

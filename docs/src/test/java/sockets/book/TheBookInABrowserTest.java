package sockets.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The book as a reader meets it: Debian's Chromium, headless, opens the landing page from
 * disk, follows each chapter link, and finds no broken link, no broken image and no console
 * error. It saves screenshots of the landing page and chapter 01 under target/screenshots.
 * Without /usr/bin/chromium and /usr/bin/chromedriver it skips, unless WORKBOOK_REQUIRE_BROWSER=1
 * (as in CI, where .ci/install-test-tools installs them) makes it fail instead.
 */
@Isolated
class TheBookInABrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("book.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("book.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Selenium warns that it has no DevTools bindings for this Chromium; the test needs none. */
    private static final java.util.logging.Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");

    /** Every link of the page that stays in the book, resolved by the browser, with why it is broken. */
    private static final String BROKEN_LINKS_AND_IMAGES = """
            const broken = [];
            for (const img of document.images) {
              if (!img.complete || img.naturalWidth === 0) broken.push('image ' + img.getAttribute('src'));
            }
            const pages = new Set();
            for (const a of document.querySelectorAll('a[href]')) {
              const url = new URL(a.href, location.href);
              if (url.protocol !== 'file:') continue;
              const here = url.pathname === location.pathname;
              const id = decodeURIComponent(url.hash.slice(1));
              if (here && id && !document.getElementById(id)) broken.push('anchor ' + a.getAttribute('href'));
              if (!here) pages.add(url.href);
            }
            return { broken: broken, pages: Array.from(pages) };
            """;

    @Test
    @Timeout(180)
    void a_reader_can_open_every_chapter_from_the_landing_page_and_nothing_is_broken() throws IOException {
        assumeTheBrowserIsHere();
        assertTrue(Files.isRegularFile(BookSources.LANDING_PAGE), "the build renders " + BookSources.LANDING_PAGE);
        Files.createDirectories(SCREENSHOTS);
        var profile = Files.createTempDirectory("workbook-chromium-");
        var driver = startChromium(profile);
        try {
            var problems = new ArrayList<String>();
            var landing = BookSources.LANDING_PAGE.toAbsolutePath().toUri().toString();
            driver.get(landing);
            assertEquals("Java Sockets, Step by Step", driver.getTitle());
            checkPage(driver, "index.html", problems);
            screenshot(driver, SCREENSHOTS.resolve("landing.png"));

            // The chapters, as the landing page lists them: a reader's one click each.
            var chapterLinks = driver.findElements(By.cssSelector(".chapter-list a")).stream()
                    .map(link -> link.getAttribute("href")).toList();
            var expected = BookSources.chapterFiles().stream()
                    .map(chapter -> BookSources.renderedPage(chapter).toAbsolutePath().toUri().toString())
                    .toList();
            assertEquals(expected, chapterLinks, "the landing page's chapter list, in order");

            for (var chapter : chapterLinks) {
                driver.get(landing);
                driver.findElement(By.cssSelector(".chapter-list a[href='" + fileName(chapter) + "']")).click();
                assertEquals(chapter, driver.getCurrentUrl());
                var toc = driver.findElements(By.cssSelector("#toc li"));
                assertFalse(toc.isEmpty(), fileName(chapter) + " has a table of contents");
                checkPage(driver, fileName(chapter), problems);
                // Follow the table of contents: every entry lands on a heading of this page.
                for (WebElement entry : driver.findElements(By.cssSelector("#toc a"))) {
                    var id = entry.getAttribute("href").replaceFirst("^[^#]*#", "");
                    if (driver.findElements(By.id(id)).isEmpty()) {
                        problems.add(fileName(chapter) + ": table of contents entry #" + id + " lands nowhere");
                    }
                }
                if (fileName(chapter).startsWith("01-")) {
                    screenshot(driver, SCREENSHOTS.resolve("chapter-01.png"));
                }
            }
            assertEquals(List.of(), problems, "what a reader would find broken");
        } finally {
            driver.quit();
            deleteQuietly(profile);
        }
    }

    /** Broken links, images and console errors of the open page, then of each page it links. */
    @SuppressWarnings("unchecked")
    private static void checkPage(ChromeDriver driver, String name, List<String> problems) {
        var result = (java.util.Map<String, Object>) ((JavascriptExecutor) driver).executeScript(BROKEN_LINKS_AND_IMAGES);
        ((List<Object>) result.get("broken")).forEach(what -> problems.add(name + ": broken " + what));
        for (var entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(name + ": console " + entry.getMessage());
            }
        }
        // A link to another page of the book: the file must exist (the browser shows an error page otherwise).
        for (var page : new LinkedHashSet<>((List<String>) result.get("pages"))) {
            var file = Path.of(java.net.URI.create(page.replaceFirst("#.*$", "")));
            if (!Files.isRegularFile(file)) {
                problems.add(name + ": link to a missing page " + file.getFileName());
            }
        }
    }

    private static ChromeDriver startChromium(Path profile) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without these, Chromium reaches for the network at start, which this machine refuses.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1366,900",
                "--allow-file-access-from-files");
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static java.util.logging.Logger quiet(String name) {
        var logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void assumeTheBrowserIsHere() {
        boolean here = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (here) {
            return;
        }
        var message = "No browser test: it needs Chromium at " + CHROMIUM + " and chromedriver at "
                + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver, or .ci/install-test-tools).";
        if ("1".equals(System.getenv("WORKBOOK_REQUIRE_BROWSER"))) {
            fail(message + " WORKBOOK_REQUIRE_BROWSER=1 requires it.");
        }
        System.err.println(message + " Skipped.");
        Assumptions.abort(message);
    }

    private static void screenshot(ChromeDriver driver, Path file) throws IOException {
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    private static String fileName(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary profile left behind harms nothing.
        }
    }
}

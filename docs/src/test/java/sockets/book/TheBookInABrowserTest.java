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
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The book as a reader meets it: Debian's Chromium, headless, opens the pages from disk, on a
 * laptop (1280 px) and a phone (390 and 500 px), light and dark. It clicks from the landing
 * page to a chapter, opens every page once and finds no broken link, image or console error;
 * no listing that wraps its lines; no page that scrolls sideways; the whole book in every
 * sidebar; a search that finds its term offline; text, code and comments at a contrast of
 * 4.5:1 or more in both themes. Each test prints what it measured. It saves screenshots of
 * the landing page and chapter 01 (light, dark, phone) under target/screenshots. Without
 * /usr/bin/chromium and /usr/bin/chromedriver it skips, unless WORKBOOK_REQUIRE_BROWSER=1 (as
 * in CI, where .ci/install-test-tools installs them) makes it fail instead.
 */
@Isolated
@Execution(ExecutionMode.SAME_THREAD)
class TheBookInABrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("book.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("book.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Selenium warns that it has no DevTools bindings for this Chromium; the test needs none. */
    private static final java.util.logging.Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");
    /** Phone screens, in CSS pixels: an iPhone's, and a larger phone's or a split screen's. */
    private static final int[] PHONES = {390, 500};
    /**
     * Where contrast is measured, light and dark: the single page holds every chapter's text,
     * listings and transcripts; a chapter page and the landing page add the sidebar, the
     * navigation and the chapter list.
     */
    private static final List<String> CONTRAST_PAGES = List.of("index.html", "01-create-a-socket.html", "the-whole-book.html");

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

    /** Each listing's lines against the lines it shows: more shown than written means it wraps. */
    private static final String LISTINGS = """
            const found = { listings: 0, wrapped: 0, wrappedLines: 0, scrolling: 0, copyButtons: 0, examples: [] };
            for (const pre of document.querySelectorAll('.listingblock pre, .literalblock pre')) {
              found.listings++;
              const style = getComputedStyle(pre);
              const lineHeight = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
              const written = pre.textContent.replace(/\\n$/, '').split('\\n').length;
              const height = pre.scrollHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
              const shown = Math.round(height / lineHeight);
              if (shown > written) {
                found.wrapped++;
                found.wrappedLines += shown - written;
                if (found.examples.length < 3) found.examples.push(pre.textContent.split('\\n')[0].slice(0, 60));
              }
              if (pre.scrollWidth > pre.clientWidth + 1) {
                found.scrolling++;
                const longest = Math.max(...pre.textContent.split('\\n').map(line => line.length));
                found.wide = (found.wide || []).concat([longest + ' chars in ' + Math.round(pre.clientWidth) + ' px']);
                const file = pre.closest('.listingblock, .literalblock').querySelector('.listing-file');
                found.wideFiles = (found.wideFiles || []).concat([file ? file.textContent.trim() : pre.textContent.slice(0, 40)]);
              }
              if (pre.parentElement.querySelector(':scope > .copy-button')) found.copyButtons++;
            }
            found.sidebar = [...document.querySelectorAll('#toc a')].map(a => a.getAttribute('href').replace(/#.*$/, ''));
            found.tocNowhere = [...document.querySelectorAll("#toc a[href^='#']")].map(a => a.getAttribute('href').slice(1))
              .filter(id => !document.getElementById(decodeURIComponent(id)));
            return found;
            """;

    /** How far the page reaches past the window's right edge, and what sticks out. */
    private static final String SIDEWAYS = """
            const width = document.documentElement.clientWidth;
            const out = [];
            if (document.documentElement.scrollWidth > width) {
              for (const element of document.querySelectorAll('#content *, #toc *, #header *, #footer *')) {
                const box = element.getBoundingClientRect();
                const parent = element.parentElement.getBoundingClientRect();
                if (box.right > width + 1 && parent.right <= width + 1 && out.length < 3) {
                  out.push(element.tagName.toLowerCase() + '.' + element.className + ' ' + Math.round(box.width) + ' px');
                }
              }
            }
            return { scrollWidth: document.documentElement.scrollWidth, width: width, culprits: out };
            """;

    /**
     * The contrast of every piece of visible text with the background it sits on (WCAG 2's
     * ratio of relative luminances), the backgrounds composed up the tree. The colours of an
     * element follow from its classes and its ancestors': of each kind (its tag and class and
     * those of three ancestors) the first three runs are measured. Returns the failures and how
     * many runs of text, of code and of comments it measured.
     */
    private static final String CONTRAST = """
            const rgba = c => { const m = c.match(/rgba?\\(([^)]*)\\)/); if (!m) return null;
              const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
            const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
            const backgrounds = new Map(), visibility = new Map();
            const background = element => {
              if (backgrounds.has(element)) return backgrounds.get(element);
              const layers = [];
              for (let e = element; e; e = e.parentElement) {
                const c = rgba(getComputedStyle(e).backgroundColor);
                if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
              }
              let colour = [255, 255, 255, 1];
              for (let i = layers.length - 1; i >= 0; i--) colour = over(layers[i], colour);
              backgrounds.set(element, colour);
              return colour;
            };
            const luminance = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
            const ratio = (a, b) => { const x = luminance(a), y = luminance(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
            const shown = element => {
              if (!element) return true;
              if (visibility.has(element)) return visibility.get(element);
              const s = getComputedStyle(element);
              const result = s.display !== 'none' && s.visibility !== 'hidden' && parseFloat(s.opacity) !== 0 && shown(element.parentElement);
              visibility.set(element, result);
              return result;
            };
            const visible = element => { if (!shown(element)) return false;
              const box = element.getBoundingClientRect(); return box.width > 0 && box.height > 0 && box.right > 0; };
            const result = { text: 0, code: 0, comments: 0, worst: 99, failures: [],
              body: getComputedStyle(document.body).backgroundColor, colour: getComputedStyle(document.body).color };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const seen = new Set(), kinds = new Map();
            const kind = element => { let k = ''; for (let e = element, i = 0; e && i < 4; e = e.parentElement, i++) k += '<' + e.tagName + '.' + e.className; return k; };
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const element = node.parentElement;
              if (!node.textContent.trim() || !element) continue;
              const k = kind(element), n = kinds.get(k) || 0;
              if (n >= 3) continue;
              kinds.set(k, n + 1);
              if (element.closest('svg, script, style') || !visible(element)) continue;
              const bg = background(element);
              const fg = over(rgba(getComputedStyle(element).color), bg);
              const r = ratio(fg, bg);
              result.text++;
              if (element.closest('pre')) result.code++;
              if (element.closest('.c, .c1, .cm, .cd, .cs')) result.comments++;
              result.worst = Math.min(result.worst, r);
              const key = element.tagName + '.' + element.className + ' ' + fg.slice(0, 3) + ' on ' + bg.slice(0, 3);
              if (r < 4.5 && !seen.has(key)) {
                seen.add(key);
                result.failures.push(key + ' = ' + r.toFixed(2) + ': ' + node.textContent.trim().slice(0, 40));
              }
            }
            return result;
            """;

    private static Path profile;
    private static ChromeDriver driver;
    /** What each page showed, measured once (see measureEveryPage) for the tests that read it. */
    private static Map<String, Measured> measured;
    /** axe-core's script, read once, injected into each page. */
    private static String axeSource;

    /** One page's measurements: at 1280 px, at each phone width, and light and dark. */
    record Measured(List<String> problems, Map<String, Object> listings, Map<Integer, Map<String, Object>> phones,
                    Map<String, Map<String, Object>> contrast) {
    }

    @BeforeAll
    static void startTheBrowser() throws IOException {
        assumeTheBrowserIsHere();
        assertTrue(Files.isRegularFile(BookSources.LANDING_PAGE), "the build renders " + BookSources.LANDING_PAGE);
        profile = Files.createTempDirectory("workbook-chromium-");
        driver = startChromium(profile);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            deleteQuietly(profile);
        }
    }

    @Test
    @Timeout(180)
    void a_reader_can_open_every_chapter_from_the_landing_page_and_nothing_is_broken() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        laptop();
        var landing = BookSources.LANDING_PAGE.toAbsolutePath().toUri().toString();
        driver.get(landing);
        assertEquals("Java Sockets, Step by Step", driver.getTitle());
        screenshot(driver, SCREENSHOTS.resolve("landing.png"));

        // The chapters, as the landing page lists them: a reader's one click each.
        var chapterLinks = driver.findElements(By.cssSelector(".chapter-list a")).stream()
                .map(link -> link.getAttribute("href")).toList();
        var expected = BookSources.chapterFiles().stream()
                .map(chapter -> BookSources.renderedPage(chapter).toAbsolutePath().toUri().toString())
                .toList();
        assertEquals(expected, chapterLinks, "the landing page's chapter list, in order");
        driver.findElement(By.cssSelector(".chapter-list a[href='" + fileName(chapterLinks.getFirst()) + "']")).click();
        assertEquals(chapterLinks.getFirst(), driver.getCurrentUrl());
        screenshot(driver, SCREENSHOTS.resolve("chapter-01.png"));
        try {
            colourScheme("dark");
            screenshot(driver, SCREENSHOTS.resolve("chapter-01-dark.png"));
            phone(390);
            screenshot(driver, SCREENSHOTS.resolve("chapter-01-phone.png"));
        } finally {
            colourScheme("");
            laptop();
        }

        // Every page the links lead to, opened as a click opens it (measureEveryPage).
        var problems = new ArrayList<String>();
        measured().forEach((page, found) -> problems.addAll(found.problems()));
        assertEquals(List.of(), problems, "what a reader would find broken");
    }

    @Test
    @Timeout(180)
    void no_listing_wraps_its_lines_at_1280_px() {
        var wrapped = new ArrayList<String>();
        int listings = 0, wrappedListings = 0, wrappedLines = 0, scrolling = 0, copyButtons = 0;
        for (var page : pages()) {
            var found = measured().get(page).listings();
            listings += number(found, "listings");
            wrappedListings += number(found, "wrapped");
            wrappedLines += number(found, "wrappedLines");
            scrolling += number(found, "scrolling");
            copyButtons += number(found, "copyButtons");
            if (found.get("wide") != null) {
                System.out.println("at 1280 px, listings that scroll in " + page + ": " + found.get("wide"));
            }
            if (number(found, "wrapped") > 0) {
                wrapped.add(page + ": " + found.get("wrapped") + " listing(s), " + found.get("examples"));
            }
        }
        System.out.printf("at 1280 px, on %d pages: %d of %d listings wrap (%d lines); %d scroll sideways;"
                + " %d have a copy button%n", pages().size(), wrappedListings, listings, wrappedLines, scrolling, copyButtons);
        assertEquals(List.of(), wrapped, "listings whose lines wrap at 1280 px: code must scroll, never wrap");
        assertEquals(listings, copyButtons, "every listing has a copy button");
    }

    @Test
    @Timeout(180)
    void no_listing_scrolls_sideways_at_1280_px() {
        // The code column holds about 96 characters: code shown in the book fits it, by a
        // reflowed source or a shorter tagged region; a transcript by what the program prints.
        var scrolling = new TreeMap<String, List<String>>();
        for (var page : pages()) {
            if (page.equals("the-whole-book.html")) {
                continue;  // the chapters' listings again
            }
            @SuppressWarnings("unchecked")
            var files = (List<String>) measured().get(page).listings().getOrDefault("wideFiles", List.of());
            for (var file : files) {
                scrolling.computeIfAbsent(page, key -> new ArrayList<>()).add(file);
            }
        }
        System.out.printf("at 1280 px: %d listings scroll sideways%n",
                scrolling.values().stream().mapToInt(List::size).sum());
        assertEquals(Map.of(), scrolling, "listings wider than the code column at 1280 px, by page");
    }

    @Test
    @Timeout(180)
    void no_page_scrolls_sideways_on_a_phone() {
        var sideways = new TreeMap<String, String>();
        for (int width : PHONES) {
            int count = 0;
            for (var page : pages()) {
                var found = measured().get(page).phones().get(width);
                if (number(found, "scrollWidth") > number(found, "width")) {
                    count++;
                    sideways.put(width + " px " + page, found.get("scrollWidth") + " px wide, " + found.get("culprits"));
                }
            }
            System.out.printf("at %d px: %d of %d pages scroll sideways%n", width, count, pages().size());
        }
        assertEquals(Map.of(), sideways, "pages wider than a phone's screen");
    }

    @Test
    @Timeout(180)
    void every_page_has_every_chapter_in_its_sidebar() {
        var chapters = BookSources.chapterFiles().stream().map(chapter -> BookSources.pageName(chapter) + ".html").toList();
        var missing = new TreeMap<String, List<String>>();
        for (var page : pages()) {
            var links = (List<?>) measured().get(page).listings().get("sidebar");
            var absent = chapters.stream().filter(chapter -> !links.contains(chapter)).toList();
            if (!absent.isEmpty()) {
                missing.put(page, absent);
            }
        }
        System.out.printf("%d of %d pages lack a chapter in their sidebar%n", missing.size(), pages().size());
        assertEquals(Map.of(), missing, "chapters missing from each page's sidebar (#toc)");
    }

    @Test
    @Timeout(180)
    void text_code_and_comments_keep_a_contrast_of_4_5_to_1_light_and_dark() {
        var failures = new TreeMap<String, Object>();
        for (var page : CONTRAST_PAGES) {
            var onThePage = measured().get(page);
            if (onThePage == null) {
                failures.put(page, "no such page");
                continue;
            }
            onThePage.contrast().forEach((scheme, found) -> {
                System.out.printf("contrast, %s, %s: %s runs of text (%s in code, %s in comments), lowest %.2f:1%n",
                        scheme, page, found.get("text"), found.get("code"), found.get("comments"),
                        ((Number) found.get("worst")).doubleValue());
                if (!((List<?>) found.get("failures")).isEmpty()) {
                    failures.put(scheme + " " + page, found.get("failures"));
                }
            });
        }
        assertEquals(Map.of(), failures, "text below a contrast of 4.5:1 (element, colour on background = ratio)");
    }

    @Test
    @Timeout(60)
    void the_dark_theme_follows_the_system_setting() {
        laptop();
        try {
            open("01-create-a-socket.html");
            var background = "return getComputedStyle(document.body).backgroundColor";
            colourScheme("dark");
            var dark = ((JavascriptExecutor) driver).executeScript(background);
            colourScheme("light");
            var light = ((JavascriptExecutor) driver).executeScript(background);
            System.out.printf("page background: %s light, %s dark%n", light, dark);
            assertTrue(luminance(String.valueOf(dark)) < 0.05, "under prefers-color-scheme: dark the page is dark: " + dark);
            assertTrue(luminance(String.valueOf(light)) > 0.9, "under prefers-color-scheme: light the page is light: " + light);
        } finally {
            colourScheme("");
        }
    }

    @Test
    @Timeout(60)
    void the_readers_choice_of_the_dark_theme_is_remembered_from_page_to_page() {
        laptop();
        var background = "return getComputedStyle(document.body).backgroundColor";
        try {
            colourScheme("light");
            open("01-create-a-socket.html");
            var button = driver.findElement(By.cssSelector(".book-tools .theme-button"));
            assertEquals("Theme: system", button.getText());
            button.click();  // light
            button.click();  // dark
            assertEquals("Theme: dark", button.getText());
            open("02-bind.html");
            var dark = String.valueOf(((JavascriptExecutor) driver).executeScript(background));
            System.out.println("chosen dark on a light system, the next page: " + dark);
            assertTrue(luminance(dark) < 0.05, "the next page is dark, as the reader chose: " + dark);
            assertEquals("Theme: dark", driver.findElement(By.cssSelector(".book-tools .theme-button")).getText());
        } finally {
            forgetTheReadersChoices();
            colourScheme("");
        }
    }

    @Test
    @Timeout(60)
    void the_sidebar_folds_away_and_stays_folded_from_page_to_page() {
        laptop();
        var widths = "return [document.querySelector('#toc').getBoundingClientRect().width,"
                + " document.querySelector('#content').getBoundingClientRect().left]";
        try {
            open("01-create-a-socket.html");
            var opened = (List<?>) ((JavascriptExecutor) driver).executeScript(widths);
            driver.findElement(By.cssSelector(".book-tools .sidebar-button")).click();
            open("02-bind.html");
            var folded = (List<?>) ((JavascriptExecutor) driver).executeScript(widths);
            System.out.println("sidebar width and text's left edge, open " + opened + ", folded " + folded);
            assertTrue(((Number) folded.get(0)).doubleValue() < 80, "the folded sidebar is a strip: " + folded);
            assertEquals("Show the sidebar", driver.findElement(By.cssSelector(".book-tools .sidebar-button"))
                    .getAttribute("aria-label"));
        } finally {
            forgetTheReadersChoices();
        }
    }

    /** The other tests measure the pages as a first visit shows them. */
    private static void forgetTheReadersChoices() {
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
    }

    @Test
    @Timeout(60)
    void the_search_finds_time_wait_and_so_reuseaddr_offline() {
        laptop();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        for (var term : List.of("TIME_WAIT", "SO_REUSEADDR")) {
            open("index.html");
            var input = driver.findElements(By.id("book-search-input"));
            assertFalse(input.isEmpty(), "the page has a search box, #book-search-input");
            input.getFirst().sendKeys(term);
            // The page loads the index on first use; wait, in the page, for the first results.
            @SuppressWarnings("unchecked")
            var results = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const check = () => {
                      const links = [...document.querySelectorAll('#book-search-results a')].map(a => a.href);
                      if (links.length > 0) done(links); else setTimeout(check, 50);
                    };
                    check();
                    """);
            System.out.printf("search for %s: %d sections, first %s%n", term, results.size(), fileName(results.getFirst()));
            var chapterPages = results.stream().filter(href -> fileName(href).matches("\\d\\d-.+\\.html#.+")).toList();
            assertFalse(chapterPages.isEmpty(), "the search for " + term + " finds a section of a chapter: " + results);
            assertEquals(List.of(), ((JavascriptExecutor) driver).executeScript(
                    "return performance.getEntriesByType('resource').map(r => r.name).filter(n => !n.startsWith('file:'))"),
                    "what the search loaded from the network");
            // The first result lands on its section.
            driver.get(chapterPages.getFirst());
            var id = chapterPages.getFirst().replaceFirst("^[^#]*#", "");
            assertFalse(driver.findElements(By.id(id)).isEmpty(), "the result " + chapterPages.getFirst() + " lands on its section");
        }
    }

    @Test
    @Timeout(60)
    void the_previous_and_next_arrows_cover_no_text_on_a_laptop_and_stay_away_on_a_phone() {
        var arrows = """
                const nav = document.querySelector('.page-arrows'), text = document.querySelector('#content');
                if (!nav) return { shown: false };
                const box = nav.getBoundingClientRect();
                return { shown: getComputedStyle(nav).display !== 'none' && box.width > 0,
                  right: box.right, textLeft: text.getBoundingClientRect().left };
                """;
        var covering = new ArrayList<String>();
        try {
            // The whole book on one page has no previous or next.
            for (var page : List.of("01-create-a-socket.html", "16-redis.html", "figures.html")) {
                laptop();
                open(page);
                var wide = script(arrows);
                assertTrue((Boolean) wide.get("shown"), page + " shows its previous/next arrows at 1280 px");
                if (((Number) wide.get("right")).doubleValue() > ((Number) wide.get("textLeft")).doubleValue()) {
                    covering.add(page + " at 1280 px: the arrows reach " + wide.get("right") + " px, the text starts at " + wide.get("textLeft"));
                }
                phone(390);
                if ((Boolean) script(arrows).get("shown")) {
                    covering.add(page + " at 390 px: the arrows float over the text");
                }
            }
        } finally {
            laptop();
        }
        assertEquals(List.of(), covering, "previous/next arrows over the text");
    }

    @Test
    @Timeout(60)
    void the_right_arrow_key_on_the_landing_page_opens_the_first_chapter() {
        laptop();
        open("index.html");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT).perform();
        var first = BookSources.renderedPage(BookSources.chapterFiles().getFirst()).toAbsolutePath().toUri().toString();
        for (int tries = 0; tries < 100 && !first.equals(driver.getCurrentUrl()); tries++) {
            Thread.onSpinWait();
            driver.getTitle(); // a round trip to the browser, while the next page loads
        }
        assertEquals(first, driver.getCurrentUrl(), "where the right arrow key leads from the landing page");
    }

    @Test
    @Timeout(60)
    void the_whole_book_printed_has_no_sidebar_search_or_copy_buttons_and_cuts_no_code() {
        laptop();
        open("the-whole-book.html");
        try {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            var printed = script("""
                    const shown = e => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;
                    const visible = selector => [...document.querySelectorAll(selector)].filter(shown).length;
                    const cut = [...document.querySelectorAll('.listingblock pre, .literalblock pre')]
                      .filter(pre => pre.scrollWidth > pre.clientWidth + 1).length;
                    return { sidebar: visible('#toc'), search: visible('#book-search-input'), copy: visible('.copy-button'),
                      arrows: visible('.page-arrows'), cut: cut, listings: document.querySelectorAll('.listingblock pre').length };
                    """);
            System.out.println("the whole book, printed: " + printed);
            assertEquals(Map.of("sidebar", 0L, "search", 0L, "copy", 0L, "arrows", 0L, "cut", 0L),
                    Map.of("sidebar", printed.get("sidebar"), "search", printed.get("search"), "copy", printed.get("copy"),
                            "arrows", printed.get("arrows"), "cut", printed.get("cut")),
                    "on paper: what is shown that belongs to the screen, and listings cut at the margin");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    @Timeout(600)  // axe-core takes seconds a page, the single page most: 2 to 10 minutes on 2 busy cores
    void axe_finds_no_violation_on_any_page_light_or_dark() {
        OutsideJudge.AXE.require();
        var violations = new TreeMap<String, List<String>>();
        int runs = 0;
        laptop();
        try {
            for (var page : pages()) {
                open(page);
                for (var scheme : List.of("light", "dark")) {
                    var rules = rulesFor(page, scheme);
                    if (rules.isEmpty()) {
                        continue;
                    }
                    colourScheme(scheme);
                    runs++;
                    var found = axeViolations(rules.get());
                    if (!found.isEmpty()) {
                        violations.put(scheme + " " + page, found);
                    }
                }
            }
        } finally {
            colourScheme("");
        }
        System.out.printf("axe-core: %d pages, light (every rule) and dark (colours; the single page light, no colours) (%d runs): %d with violations%n",
                pages().size(), runs, violations.size());
        assertEquals(Map.of(), violations, "axe-core's violations (rule: nodes), by theme and page");
    }

    /**
     * Opens every page once, as a reader does from a link, and measures what the tests ask:
     * broken links, anchors and images and console errors, the listings at 1280 px, the page
     * width at each phone width, and on CONTRAST_PAGES the contrast light and dark. A page is
     * laid out again at each width and in each colour scheme without loading it again.
     */
    private static Map<String, Measured> measured() {
        if (measured != null) {
            return measured;
        }
        var all = new TreeMap<String, Measured>();
        try {
            for (var page : pages()) {
                laptop();
                open(page);
                var problems = new ArrayList<String>();
                checkPage(driver, page, problems);
                var listings = script(LISTINGS);
                @SuppressWarnings("unchecked")
                var anchors = (List<String>) listings.get("tocNowhere");
                anchors.forEach(id -> problems.add(page + ": table of contents entry #" + id + " lands nowhere"));
                var contrast = new TreeMap<String, Map<String, Object>>();
                if (CONTRAST_PAGES.contains(page)) {
                    for (var scheme : List.of("light", "dark")) {
                        colourScheme(scheme);
                        contrast.put(scheme, script(CONTRAST));
                    }
                    colourScheme("");
                }
                var phones = new TreeMap<Integer, Map<String, Object>>();
                for (int width : PHONES) {
                    phone(width);
                    phones.put(width, script(SIDEWAYS));
                }
                all.put(page, new Measured(problems, listings, phones, contrast));
            }
        } finally {
            laptop();
            colourScheme("");
        }
        measured = all;
        return measured;
    }

    /** Every page of the book, the landing page first. */
    /** axe-core's options for every rule it runs by default. */
    private static final String EVERY_RULE = "";

    /** The page every chapter is on: its text and colours are the chapter pages' own. */
    private static final String SINGLE_PAGE = "the-whole-book.html";

    /**
     * The dark theme changes colours and nothing else (the same elements, names, roles and
     * landmarks), so in it axe runs only its rules on colours: half the time of the test, which
     * is most of the book module's.
     */
    private static final String RULES_ON_COLOURS =
            ", runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }";

    /** Every rule but those on colours, which the chapter pages have run on the same text. */
    private static final String RULES_BUT_COLOURS =
            ", rules: { 'color-contrast': { enabled: false }, 'link-in-text-block': { enabled: false } }";

    /**
     * What axe runs on a page in a scheme, or nothing. The single page holds every chapter
     * page's text under the same stylesheet, so its colours are checked there (its colour
     * rules took 30 of the test's 60 seconds of axe); on it axe looks for what only it could
     * break: ids repeated across chapters, landmarks, headings.
     */
    private static java.util.Optional<String> rulesFor(String page, String scheme) {
        if (page.equals(SINGLE_PAGE)) {
            return scheme.equals("light") ? java.util.Optional.of(RULES_BUT_COLOURS) : java.util.Optional.empty();
        }
        return java.util.Optional.of(scheme.equals("light") ? EVERY_RULE : RULES_ON_COLOURS);
    }

    /** axe-core's violations on the open page, each as its rule, its impact and up to three of its nodes. */
    @SuppressWarnings("unchecked")
    private static List<String> axeViolations(String rules) {
        if (axeSource == null) {
            axeSource = BookSources.read(OutsideJudge.AXE.path());
        }
        var js = (JavascriptExecutor) driver;
        js.executeScript(axeSource);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(300));
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations']%s }).then(results => done(results.violations.map(v =>
                  v.id + ' (' + v.impact + ', ' + v.nodes.length + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))),
                  error => done(['axe failed: ' + error]));
                """.formatted(rules));
    }

    private static List<String> pages() {
        var names = new ArrayList<String>();
        names.add("index.html");
        BookSources.renderedPages().stream().map(path -> path.getFileName().toString())
                .filter(name -> !name.equals("index.html")).forEach(names::add);
        return names;
    }

    private static void open(String page) {
        driver.get(BookSources.RENDERED_BOOK.resolve(page).toAbsolutePath().toUri().toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> script(String script) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(script);
    }

    private static int number(Map<String, Object> found, String key) {
        return ((Number) found.get(key)).intValue();
    }

    /** A laptop's window: 1280 px wide. */
    private static void laptop() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /** A phone's screen, which lays the page out at its device width (the viewport meta tag). */
    private static void phone(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    /** The reader's system setting, prefers-color-scheme; "" is the browser's own. */
    private static void colourScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The relative luminance of a CSS rgb() or rgba() colour, 0 black to 1 white. */
    static double luminance(String css) {
        var parts = css.replaceAll("[^0-9.,]", "").split(",");
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            luminance += weights[i] * (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        }
        return luminance;
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
            if (!Files.isRegularFile(file) && !BookSources.isPrintedEdition(page)) {
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

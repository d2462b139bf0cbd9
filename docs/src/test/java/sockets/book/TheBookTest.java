package sockets.book;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What the rendered book promises its readers, checked on the pages the build just wrote. */
class TheBookTest {

    private static final Pattern SIDEBAR = Pattern.compile("<nav class=\"book-nav\".*?</nav>", Pattern.DOTALL);
    private static final Pattern LEAVES_THE_BOOK = Pattern.compile("^(?:[a-z][a-z0-9+.-]*:|//)");
    /** A diagram's caption on a page: its number, and the name of its SVG. */
    private static final Pattern FIGURE_CAPTION = Pattern.compile(
            "<img src=\"images/([\\w-]+)\\.svg\"[^>]*>.*?<div class=\"title\">Figure (\\d+\\.\\d+)\\.", Pattern.DOTALL);
    private static final Pattern FIGURE_NUMBER = Pattern.compile("<div class=\"title\">Figure ([\\d.]+?)\\.? ");

    private static final Map<String, RenderedPage> pages = new HashMap<>();
    /** The ids of each page, read once: the single-page edition alone has thousands of links. */
    private static final Map<String, Set<String>> idsByPage = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void readTheRenderedPages() {
        assertTrue(Files.isRegularFile(BookSources.LANDING_PAGE),
                "the build renders the landing page to " + BookSources.LANDING_PAGE.toAbsolutePath());
        for (var file : BookSources.renderedPages()) {
            pages.put(file.getFileName().toString(), new RenderedPage(BookSources.read(file)));
        }
    }

    @Test
    void a_chapter_pages_sidebar_lists_its_sections_under_its_entry_without_its_heading_again() {
        // "04 Accept" is the chapter's entry; "4. Accept" under it would say the same twice.
        assertAll(BookSources.chapterFiles().stream().<Executable>map(chapter -> () -> {
            var name = BookSources.pageName(chapter);
            var sidebar = SIDEBAR.matcher(pages.get(name + ".html").html());
            assertTrue(sidebar.find(), name + ".html has no sidebar");
            var id = "ch" + name.substring(0, 2);
            assertFalse(sidebar.group().contains("href=\"#" + id + "\""), name + ".html's sidebar links its own heading, #" + id);
            assertTrue(sidebar.group().contains("href=\"#" + id + "-"), name + ".html's sidebar lists its sections");
        }));
    }

    @Test
    void every_chapter_has_its_page_in_the_book_the_pdf_and_the_landing_page() {
        var chapters = BookSources.chapterFiles();
        assertFalse(chapters.isEmpty(), "no chapter in " + BookSources.chaptersDirectory());
        var landing = pages.get("index.html").links();
        var wholeBook = BookSources.read(BookSources.GENERATED_CHAPTERS);
        assertAll(chapters.stream().<Executable>map(chapter -> () -> {
            var name = BookSources.pageName(chapter);
            assertTrue(wholeBook.contains("include::" + name + ".adoc[]"),
                    BookSources.GENERATED_CHAPTERS + " (the PDF's chapters) includes " + name + ".adoc[]");
            assertTrue(landing.contains(name + ".html"), "the landing page links " + name + ".html");
            var page = pages.get(name + ".html");
            assertTrue(page != null, "the build rendered no " + BookSources.renderedPage(chapter));
            var title = ChapterTitle.asPlainText(ChapterTitle.of(chapter));
            assertTrue(page.tableOfContentsText().contains(title),
                    "the table of contents of " + name + ".html lists \"" + title + "\"");
        }));
    }

    @Test
    void the_chapter_pages_are_written_by_the_build_not_by_hand() throws IOException {
        // A hand-written NN-name.adoc would be a second list of chapters, which the build refuses.
        try (Stream<Path> files = Files.list(BookSources.BOOK_SOURCES)) {
            assertEquals(List.of(), files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("\\d\\d-.+\\.adoc")).toList());
        }
        var landing = BookSources.read(BookSources.INDEX);
        assertTrue(landing.contains("include::_chapter-list.adoc[]"), BookSources.INDEX + " lists the chapters the build wrote");
        assertFalse(landing.contains("* link:01-"), BookSources.INDEX + " lists no chapter by hand");
        var wholeBook = BookSources.read(BookSources.WHOLE_BOOK);
        assertTrue(wholeBook.contains("include::_chapters.adoc[]"), BookSources.WHOLE_BOOK + " includes the chapters the build wrote");
        assertFalse(wholeBook.contains("include::01-"), BookSources.WHOLE_BOOK + " includes no chapter by hand");
    }

    @Test
    void the_chapter_pages_chain_in_order_with_previous_and_next_links_top_and_bottom() {
        var chapters = BookSources.chapterFiles();
        assertAll(java.util.stream.IntStream.range(0, chapters.size()).<Executable>mapToObj(i -> () -> {
            var name = BookSources.pageName(chapters.get(i));
            var page = pages.get(name + ".html");
            assertTrue(page != null, "no page " + name + ".html");
            var prev = i == 0 ? "index.html" : BookSources.pageName(chapters.get(i - 1)) + ".html";
            var next = i == chapters.size() - 1 ? "-" : BookSources.pageName(chapters.get(i + 1)) + ".html";
            var bar = "prev=" + prev + " next=" + next;
            assertEquals(List.of(bar, bar), page.chapterNavigation(),
                    name + ".html: the [.chapter-nav] bars above and below the chapter");
            var number = Integer.parseInt(name.substring(0, 2));
            assertTrue(BookSources.read(BookSources.pageSource(chapters.get(i)))
                            .contains(":chapter-number: " + (number - 1) + "\n"),
                    name + ".adoc sets :chapter-number: " + (number - 1) + " (one less than its number)");
        }));
    }

    @Test
    void every_link_and_image_on_every_page_resolves() {
        // An unresolved <<xref>> still renders, as a link to an id that is nowhere on the page;
        // a <<ch01-x>> from another chapter's page is one: write xref:01-name.adoc#ch01-x[].
        var broken = new ArrayList<String>();
        pages.forEach((name, page) -> {
            for (var link : page.links()) {
                if (!LEAVES_THE_BOOK.matcher(link).find() && !BookSources.isPrintedEdition(link) && !resolves(name, link)) {
                    broken.add(name + ": link " + link);
                }
            }
            for (var image : page.images()) {
                if (!imageExists(image)) {
                    broken.add(name + ": image " + image);
                }
            }
        });
        broken.sort(null);
        assertEquals(List.of(), broken, "links to pages or anchors and images that do not exist");
    }

    @Test
    void every_diagram_is_an_svg_the_build_generated() throws IOException {
        var diagrams = diagramSources();
        assertFalse(diagrams.isEmpty(), "no diagram in " + BookSources.DIAGRAMS);
        assertAll(diagrams.stream().<Executable>map(source -> () -> {
            var name = source.getFileName().toString().replaceFirst("\\.puml$", ".svg");
            var svg = BookSources.RENDERED_BOOK.resolve("images").resolve(name);
            assertTrue(Files.isRegularFile(svg), source + " was not rendered to " + svg
                    + "; show it on a page: plantuml::{diagrams}/" + source.getFileName() + "[format=svg]");
            var text = BookSources.read(svg);
            assertTrue(text.contains("<svg") && text.contains("</svg>"), svg + " is not an SVG");
        }));
        // Without asciidoctor-diagram a diagram renders as its source text, silently.
        pages.forEach((name, page) -> assertAll(
                () -> assertFalse(page.html().contains("@startuml"), name + " shows PlantUML source"),
                () -> assertFalse(page.html().contains("plantuml::"), name + " shows a plantuml:: macro")));
    }

    @Test
    void the_list_of_figures_names_every_captioned_figure_with_the_number_its_page_shows() {
        // The PDF's list of figures (docs/print renders it from a list BookPages writes there
        // as here).
        var list = BookSources.read(BookSources.GENERATED_SOURCES.resolve("_figure-list.adoc"));
        var captions = new ArrayList<String>();
        pages.forEach((name, page) -> FIGURE_CAPTION.matcher(page.html()).results()
                .forEach(match -> captions.add(match.group(2) + " " + match.group(1))));
        assertFalse(captions.isEmpty(), "no figure with a caption in the book");
        assertAll(captions.stream().<Executable>map(caption -> () -> assertTrue(
                list.contains("-figure-" + caption.substring(caption.indexOf(' ') + 1) + ",Figure " + caption.substring(0, caption.indexOf(' ')) + " "),
                "the list of figures lists Figure " + caption)));
    }

    @Test
    void figure_numbers_are_unique_in_the_book() {
        // Two editions: the pages together, and the single page, which repeats every figure.
        var numbersOfThePages = new ArrayList<String>();
        var numbersOfTheSinglePage = new ArrayList<String>();
        pages.forEach((name, page) -> FIGURE_NUMBER.matcher(page.html()).results()
                .forEach(match -> (name.equals("the-whole-book.html") ? numbersOfTheSinglePage : numbersOfThePages)
                        .add(match.group(1))));
        assertFalse(numbersOfThePages.isEmpty(), "no numbered figure in the book");
        assertEquals(numbersOfThePages.stream().distinct().sorted().toList(), numbersOfThePages.stream().sorted().toList(),
                "each figure has its own number, by chapter (Figure 8.1)");
        assertEquals(numbersOfThePages.stream().sorted().toList(), numbersOfTheSinglePage.stream().sorted().toList(),
                "the single page numbers its figures as the chapter pages do");
    }

    @Test
    void the_chapter_modules_of_the_build_are_the_chapters_of_the_book_in_order() {
        // The one list is the chapters/NN-name folders; the root pom.xml names each as a module.
        var rootPom = BookSources.read(BookSources.chaptersDirectory().resolveSibling("pom.xml"));
        var modules = Pattern.compile("<module>chapters/([^<]+)</module>").matcher(rootPom).results()
                .map(match -> match.group(1)).toList();
        var chapters = BookSources.chapterFiles().stream().map(BookSources::pageName).toList();
        assertEquals(chapters, modules, "the <module>chapters/NN-name</module> lines of the root pom.xml,"
                + " one per chapters/NN-name folder with a chapter.adoc, in order");
    }

    @Test
    void every_run_it_listing_is_a_transcript_a_test_checks() {
        assertAll(BookSources.chapterFiles().stream().<Executable>map(chapter -> () -> {
            var problems = Transcripts.problemsIn(chapter);
            assertEquals(List.of(), problems, chapter + ": console output must come from a checked transcript");
        }));
    }

    @Test
    void the_book_loads_nothing_from_the_network() {
        pages.forEach((name, page) -> assertEquals(List.of(), page.networkLoads(),
                name + " must open offline, yet these would load from another host"));
    }

    @Test
    void code_listings_are_highlighted() {
        var listings = pages.values().stream().flatMap(page -> page.javaListings().stream()).toList();
        assertFalse(listings.isEmpty(), "the book shows at least one Java listing");
        assertAll(listings.stream().<Executable>map(listing -> () ->
                assertTrue(listing.contains("<span class="),
                        "a Java listing without highlighting: " + abbreviated(listing))));
    }

    @Test
    void inline_code_shows_what_was_written() {
        // `x -> y` becomes an arrow, `f(...)` gets a zero-width space, `((...))` is an index
        // term: write such code as `+x -> y+`, and a possessive or plural as ``dup2``s.
        var problems = new ArrayList<String>();
        pages.forEach((name, page) -> {
            page.mangledInlineCode().forEach(code -> problems.add(name + ": inline code " + code));
            page.strayBackticks().forEach(text -> problems.add(name + ": a backtick in \"" + text + "\""));
        });
        problems.sort(null);
        assertEquals(List.of(), problems, "inline code rendered otherwise than written"
                + " (use `+...+` for code holding ..., ->, <=, ((; ``x``s for a plural)");
    }

    @Test
    void every_chapter_named_in_the_text_is_a_link_to_it() {
        var problems = new ArrayList<String>();
        pages.forEach((name, page) -> page.unlinkedChapterMentions()
                .forEach(text -> problems.add(name + ": \"" + text + "\"")));
        problems.sort(null);
        assertEquals(List.of(), problems,
                "write xref:04-accept.adoc#ch04[chapter 04], so that a reader can follow it");
    }

    @Test
    void every_listing_included_from_a_file_names_the_file_in_its_caption() {
        // book_extensions.rb writes the caption from the include:: path: Java and transcripts
        // are always included; only a few commands and tool outputs are typed into the page.
        var uncaptioned = new ArrayList<String>();
        int listings = 0;
        for (var entry : new java.util.TreeMap<>(pages).entrySet()) {
            for (var listing : entry.getValue().listings()) {
                listings++;
                boolean included = listing.language().equals("java") || listing.language().equals("console");
                if (included && listing.file().isEmpty()) {
                    uncaptioned.add(entry.getKey() + ": " + listing.start());
                } else if (!listing.file().isEmpty() && !Files.isRegularFile(
                        BookSources.chaptersDirectory().resolveSibling(listing.file()))) {
                    uncaptioned.add(entry.getKey() + ": a caption names no file of the workbook: " + listing.file());
                }
            }
        }
        assertTrue(listings > 0, "the book shows listings");
        assertEquals(List.of(), uncaptioned, "Java listings and transcripts without a caption naming their file");
    }

    @Test
    void every_page_has_one_h1_and_headings_that_skip_no_level() {
        assertAll(pages.entrySet().stream().<Executable>map(entry -> () -> {
            var levels = entry.getValue().headingLevels();
            assertEquals(1, levels.stream().filter(level -> level == 1).count(), entry.getKey() + ": one h1 " + levels);
            assertEquals(1, levels.getFirst(), entry.getKey() + ": the h1 comes first " + levels);
            for (int i = 1; i < levels.size(); i++) {
                assertTrue(levels.get(i) <= levels.get(i - 1) + 1,
                        entry.getKey() + ": an h" + levels.get(i) + " follows an h" + levels.get(i - 1));
            }
            assertTrue(entry.getValue().html().contains("<a class=\"skip-link\" href=\"#content\">"),
                    entry.getKey() + " starts with a skip link to the text");
        }));
    }

    @Test
    void no_java_listing_is_pasted_into_the_text() {
        assertAll(BookSources.allAsciidocFiles().stream().<Executable>map(file -> () ->
                assertEquals(List.of(), PastedJavaListings.in(BookSources.read(file)),
                        file + " types Java into a listing; include it by tag from tested source")));
    }

    @Test
    void every_included_tag_exists_in_its_source() {
        assertAll(BookSources.allAsciidocFiles().stream().<Executable>map(file -> () ->
                assertEquals(List.of(), IncludedTags.missingIn(file, BookSources.chaptersDirectory()),
                        "included tags that are not marked in their source")));
    }

    /** Whether a link from one rendered page to "page.html#id", "#id" or "file" lands. */
    private static boolean resolves(String fromPage, String link) {
        int hash = link.indexOf('#');
        var path = hash < 0 ? link : link.substring(0, hash);
        var fragment = hash < 0 ? "" : link.substring(hash + 1);
        var pageName = path.isEmpty() ? fromPage : path;
        var target = BookSources.RENDERED_BOOK.resolve(pageName).normalize();
        if (!target.startsWith(BookSources.RENDERED_BOOK) || !Files.isRegularFile(target)) {
            return false;
        }
        if (fragment.isEmpty()) {
            return true;
        }
        var ids = idsByPage.computeIfAbsent(pageName, name -> pages.containsKey(name) ? pages.get(name).ids() : Set.of());
        return ids.contains(fragment);
    }

    private static boolean imageExists(String source) {
        if (source.startsWith("data:")) {
            return true;
        }
        if (LEAVES_THE_BOOK.matcher(source).find()) {
            return false; // the book opens offline; networkLoads names it too
        }
        return Files.isRegularFile(BookSources.RENDERED_BOOK.resolve(source).normalize());
    }

    private static List<Path> diagramSources() throws IOException {
        if (!Files.isDirectory(BookSources.DIAGRAMS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(BookSources.DIAGRAMS)) {
            return files.filter(file -> file.toString().endsWith(".puml")).sorted().toList();
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }
}

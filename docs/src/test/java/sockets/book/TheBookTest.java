package sockets.book;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What the rendered book promises its readers, checked on the page the build just wrote. */
class TheBookTest {

    private static RenderedPage page;

    @BeforeAll
    static void readTheRenderedPage() {
        assertTrue(Files.isRegularFile(BookSources.RENDERED_PAGE),
                "the build renders the book to " + BookSources.RENDERED_PAGE.toAbsolutePath());
        page = new RenderedPage(BookSources.read(BookSources.RENDERED_PAGE));
    }

    @Test
    void the_book_has_a_table_of_contents_and_every_chapter() {
        var chapters = BookSources.chapterFiles();
        assertFalse(chapters.isEmpty(), "no chapter in " + BookSources.chaptersDirectory());
        var index = BookSources.read(BookSources.INDEX);
        var toc = page.tableOfContentsText();
        assertFalse(toc.isBlank(), "the page has a table of contents");
        assertAll(chapters.stream().<Executable>map(chapter -> () -> {
            var directory = chapter.getParent().getFileName();
            var title = ChapterTitle.asPlainText(ChapterTitle.of(chapter));
            assertTrue(index.contains("include::{chapters}/" + directory + "/chapter.adoc["),
                    "index.adoc includes chapter " + directory);
            assertTrue(toc.contains(title),
                    "the table of contents lists \"" + title + "\" of " + directory);
        }));
    }

    @Test
    void every_internal_link_points_at_an_anchor_that_exists() {
        // An unresolved <<xref>> still renders, as a link to an id that is nowhere on the page.
        var broken = new TreeSet<>(page.internalLinkTargets());
        broken.remove("");
        broken.removeAll(page.ids());
        assertEquals(new TreeSet<String>(), broken, "links to anchors that do not exist");
    }

    @Test
    void the_book_loads_nothing_from_the_network() {
        assertEquals(List.of(), page.networkLoads(),
                "the book must open offline, yet these would load from another host");
    }

    @Test
    void code_listings_are_highlighted() {
        var listings = page.javaListings();
        assertFalse(listings.isEmpty(), "the book shows at least one Java listing");
        assertAll(listings.stream().<Executable>map(listing -> () ->
                assertTrue(listing.contains("<span class="),
                        "a Java listing without highlighting: " + abbreviated(listing))));
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

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }
}

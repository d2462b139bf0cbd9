package sockets.book;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The EPUB opens in an e-reader: it is the container the EPUB 3 specification (OCF) asks
 * for, and its package document lists every chapter of the book.
 */
class TheEpubTest {

    private static final Pattern ROOTFILE = Pattern.compile("<rootfile\\b[^>]*\\bfull-path=\"([^\"]+)\"");
    private static final Pattern MANIFEST_ITEM = Pattern.compile("<item\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(id|href|media-type)=\"([^\"]*)\"");
    private static final Pattern SPINE_ITEM = Pattern.compile("<itemref\\b[^>]*\\bidref=\"([^\"]+)\"");

    @Test
    void its_first_entry_is_the_mimetype_stored_uncompressed() throws IOException {
        // A reader identifies the file by the bytes at offset 30: "mimetype" then its content,
        // which only a first entry, stored without compression, puts there.
        assertTrue(Files.isRegularFile(PrintedBook.EPUB), "the build writes " + PrintedBook.EPUB.toAbsolutePath());
        try (var zip = new ZipInputStream(Files.newInputStream(PrintedBook.EPUB))) {
            ZipEntry first = zip.getNextEntry();
            assertTrue(first != null, "the EPUB is an empty zip");
            assertEquals("mimetype", first.getName(), "the first entry of the EPUB");
            assertEquals(ZipEntry.STORED, first.getMethod(), "the mimetype entry is stored, not compressed");
            assertEquals("application/epub+zip", new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void its_container_names_a_package_that_lists_every_chapter_in_the_reading_order() throws IOException {
        try (var epub = new ZipFile(PrintedBook.EPUB.toFile())) {
            var container = text(epub, "META-INF/container.xml");
            var rootfile = ROOTFILE.matcher(container);
            assertTrue(rootfile.find(), "META-INF/container.xml names no rootfile:\n" + container);
            var opfPath = rootfile.group(1);
            var opf = text(epub, opfPath);
            var base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";

            var spine = SPINE_ITEM.matcher(opf).results().map(match -> match.group(1)).toList();
            var documents = new ArrayList<String>();  // the spine's documents, in reading order
            for (var idref : spine) {
                var href = manifestHref(opf, idref);
                assertTrue(href != null, "the spine names " + idref + ", which the manifest does not have");
                assertTrue(epub.getEntry(base + href) != null, "the manifest lists " + href + ", not in the EPUB");
                documents.add(text(epub, base + href));
            }
            var chapters = PrintedBook.chapters();
            assertFalse(chapters.isEmpty(), "no chapter in " + PrintedBook.GENERATED_SOURCES.resolve("_chapters.adoc"));
            var readingOrder = String.join("\n", documents);
            assertAll(chapters.stream().<Executable>map(chapter -> () -> {
                var id = "ch" + chapter.substring(0, 2);
                assertTrue(readingOrder.contains("id=\"" + id + "\""),
                        "the EPUB's reading order has no " + id + " (" + chapter + ")");
            }));
            var positions = chapters.stream()
                    .map(chapter -> readingOrder.indexOf("id=\"ch" + chapter.substring(0, 2) + "\""))
                    .toList();
            assertEquals(positions.stream().sorted().toList(), positions, "the chapters in the EPUB, in order");
        }
    }

    @Test
    void its_package_names_a_real_uuid_and_says_how_the_book_can_be_read() throws IOException {
        try (var epub = new ZipFile(PrintedBook.EPUB.toFile())) {
            var container = text(epub, "META-INF/container.xml");
            var rootfile = ROOTFILE.matcher(container);
            assertTrue(rootfile.find(), "META-INF/container.xml names no rootfile");
            var opf = text(epub, rootfile.group(1));
            // An identifier declared a uuid is one, and stays the same from one build to the next.
            assertTrue(Pattern.compile("<dc:identifier id=\"pub-identifier\"[^>]*>\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}</dc:identifier>")
                    .matcher(opf).find(), "the package's dc:identifier is a uuid");
            // EPUB Accessibility 1.1: how it can be read, what helps, what hazards (epub_accessibility.rb).
            assertAll(Stream.of("schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
                    "schema:accessibilityHazard", "schema:accessibilitySummary").<Executable>map(property ->
                    () -> assertTrue(opf.contains("property=\"" + property + "\""), "the package has " + property)));
        }
    }

    @Test
    void its_package_names_its_authors_its_edition_and_its_cover() throws IOException {
        try (var epub = new ZipFile(PrintedBook.EPUB.toFile())) {
            var container = text(epub, "META-INF/container.xml");
            var rootfile = ROOTFILE.matcher(container);
            assertTrue(rootfile.find(), "META-INF/container.xml names no rootfile");
            var opf = text(epub, rootfile.group(1));
            var edition = System.getProperty("book.edition", "");
            assertAll(
                    () -> assertTrue(Pattern.compile("<dc:creator\\b[^>]*>[^<]*contributors</dc:creator>").matcher(opf).find(),
                            "the package's dc:creator names the book's contributors"),
                    () -> assertTrue(Pattern.compile("<dc:date\\b[^>]*>" + Pattern.quote(edition)).matcher(opf).find(),
                            "the package's dc:date is the edition, " + edition),
                    () -> assertTrue(Pattern.compile("<item\\b[^>]*\\bproperties=\"cover-image\"").matcher(opf).find(),
                            "the package has a cover image"));
        }
    }

    private static String manifestHref(String opf, String id) {
        for (var item : MANIFEST_ITEM.matcher(opf).results().map(match -> match.group()).toList()) {
            String itemId = null;
            String href = null;
            var attributes = ATTRIBUTE.matcher(item);
            while (attributes.find()) {
                switch (attributes.group(1)) {
                    case "id" -> itemId = attributes.group(2);
                    case "href" -> href = attributes.group(2);
                    default -> { }
                }
            }
            if (id.equals(itemId)) {
                return href;
            }
        }
        return null;
    }

    private static String text(ZipFile zip, String name) throws IOException {
        var entry = zip.getEntry(name);
        assertTrue(entry != null, "the EPUB has no " + name);
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

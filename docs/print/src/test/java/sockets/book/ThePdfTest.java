package sockets.book;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The whole book as one PDF: a title page, the chapters, a list of figures and an index. */
class ThePdfTest {

    private static final Pattern PAGE_COUNT = Pattern.compile("/Type\\s*/Page\\b");
    private static final Pattern OUTLINE_AUTHOR = Pattern.compile("/Author\\s*(?:<feff([0-9a-fA-F]*)>|\\(([^)]*)\\))");
    private static final Pattern OUTLINE_TITLE = Pattern.compile("/Title\\s*(?:<feff([0-9a-fA-F]*)>|\\(([^)]*)\\))");

    @Test
    void the_pdf_holds_the_whole_book() throws IOException {
        assertTrue(Files.isRegularFile(PrintedBook.PDF), "the build writes " + PrintedBook.PDF.toAbsolutePath());
        byte[] head;
        try (InputStream in = Files.newInputStream(PrintedBook.PDF)) {
            head = in.readNBytes(5);
        }
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
        long pageCount = PAGE_COUNT.matcher(pdfText()).results().count();
        int chapters = PrintedBook.chapters().size();
        assertTrue(chapters > 0, "no chapter in " + PrintedBook.GENERATED_SOURCES.resolve("_chapters.adoc"));
        // A title page, a table of contents, a preface, then several pages a chapter.
        assertTrue(pageCount >= 3 + 3L * chapters && pageCount < 60L * chapters + 20,
                "a PDF of " + chapters + " chapter(s) with " + pageCount + " pages");
        assertTrue(Files.size(PrintedBook.PDF) > 20_000L * chapters, "the PDF is too small to hold the book");
    }

    @Test
    void every_page_is_on_the_paper_the_edition_is_for() throws IOException {
        // A4 by default, US Letter under -Pletter (docs/print/pom.xml): in PDF points, 1/72 in.
        var paper = System.getProperty("book.pdf.page-size", "A4");
        var box = paper.equals("Letter") ? "[0 0 612 792]" : "[0 0 595.28 841.89]";
        var boxes = Pattern.compile("/MediaBox\\s*(\\[[^]]*])").matcher(pdfText()).results()
                .map(match -> match.group(1)).distinct().toList();
        assertEquals(List.of(box), boxes, "the pages' size, " + paper);
    }

    @Test
    void the_pdf_opens_on_a_title_page_and_has_a_list_of_figures_and_an_index() throws IOException {
        // The outline (bookmarks): the PDF's own table of contents, one /Title per entry.
        var outline = OUTLINE_TITLE.matcher(pdfText()).results().map(match -> match.group(1) != null
                ? new String(HexFormat.of().parseHex(match.group(1)), StandardCharsets.UTF_16BE)
                : match.group(2)).toList();
        assertAll(
                () -> assertTrue(outline.contains("Figures"), "the PDF's outline has the list of figures: " + outline),
                () -> assertTrue(outline.contains("Index"), "the PDF's outline has the index: " + outline),
                () -> assertTrue(PrintedBook.read(PrintedBook.WHOLE_BOOK).contains(":title-page:"),
                        PrintedBook.WHOLE_BOOK + " asks for a title page"));
    }

    @Test
    void the_pdf_names_its_authors_and_its_edition_not_a_maven_version() throws IOException {
        var pdf = pdfText();
        var author = OUTLINE_AUTHOR.matcher(pdf);
        assertTrue(author.find(), "the PDF's document information has an /Author");
        var name = author.group(1) != null
                ? new String(HexFormat.of().parseHex(author.group(1)), StandardCharsets.UTF_16BE) : author.group(2);
        assertTrue(name.endsWith("contributors"), "the PDF's /Author, the book's contributors: " + name);
        assertFalse(pdf.contains("SNAPSHOT"), "the PDF shows a Maven snapshot version");
        assertTrue(PrintedBook.read(PrintedBook.WHOLE_BOOK).contains(":version-label: Edition of"),
                PrintedBook.WHOLE_BOOK + " calls the title page's revnumber an edition");
        assertTrue(System.getProperty("book.edition", "").matches("\\d{4}-\\d\\d-\\d\\d"),
                "book.edition (docs/print/pom.xml) is a date, as the EPUB's dc:date must be");
    }

    @Test
    void the_licence_on_the_title_page_is_the_one_in_the_license_file() throws IOException {
        var licence = System.getProperty("book.licence", "");
        var licenseFile = PrintedBook.DOCS.resolveSibling("LICENSE");
        var text = Files.readString(licenseFile).strip().lines().limit(2).map(String::strip).toList();
        // "Apache License 2.0" is the file's first two lines, "Apache License", "Version 2.0".
        assertEquals(licence, text.get(0) + " " + text.get(1).replaceFirst("^Version ", "").replaceFirst(",.*$", ""),
                "the book's licence (book.licence in the root pom.xml) is the one in " + licenseFile);
        assertTrue(PrintedBook.read(PrintedBook.WHOLE_BOOK).contains(":revremark: {book-licence}"),
                PrintedBook.WHOLE_BOOK + " puts the licence on the title page");
    }

    @Test
    void the_landing_page_links_to_the_pdf_and_the_epub_which_are_copied_beside_it() throws IOException {
        // The pages' module renders the landing page at the same time as this one renders the
        // PDF, so its own browser test leaves these two links to this test.
        var landingPage = PrintedBook.read(PrintedBook.LANDING_PAGE_SOURCE);
        assertAll(List.of(PrintedBook.PDF, PrintedBook.EPUB).stream().<Executable>map(rendered -> () -> {
            var name = PrintedBook.fileName(rendered);
            // The US Letter edition (-Pletter) is made on request, and published by whoever asked.
            assertTrue(name.endsWith("-letter.pdf") || landingPage.contains("link:" + name + "["),
                    PrintedBook.LANDING_PAGE_SOURCE + " links to " + name);
            Path copy = PrintedBook.PAGES.resolve(name);
            assertTrue(Files.isRegularFile(copy), "the build copies " + name + " to " + PrintedBook.PAGES);
            assertEquals(-1L, Files.mismatch(rendered, copy), copy + " is the file this build rendered");
        }));
    }

    private static String pdfText() throws IOException {
        return new String(Files.readAllBytes(PrintedBook.PDF), StandardCharsets.ISO_8859_1);
    }
}

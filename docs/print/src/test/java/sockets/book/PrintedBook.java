package sockets.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the printed book's parts are, seen from this module's directory (Surefire's working
 * directory): what it rendered, its copies beside the pages, and the sources both came from.
 */
final class PrintedBook {

    private static final String NAME = System.getProperty("book.printed", "java-sockets-step-by-step");
    private static final Pattern CHAPTER_INCLUDE = Pattern.compile("(?m)^include::(\\d\\d-[^.\\[]+)\\.adoc\\[\\]$");

    /** The A4 edition, or the US Letter one under -Pletter (docs/print/pom.xml). */
    static final Path PDF = Path.of("target", "book", System.getProperty("book.pdf.name", NAME) + ".pdf");
    static final Path EPUB = Path.of("target", "book", NAME + ".epub");
    /** The docs folder: the book's sources, and the pages beside which the copies go. */
    static final Path DOCS = Path.of(System.getProperty("book.docs", "..")).toAbsolutePath().normalize();
    static final Path PAGES = DOCS.resolve("target").resolve("book");
    static final Path LANDING_PAGE_SOURCE = DOCS.resolve("src/docs/asciidoc/index.adoc");
    /** The source of the PDF and the EPUB. */
    static final Path WHOLE_BOOK = DOCS.resolve("src/docs/asciidoc/_book.adoc");
    /** What BookPages wrote for this module: _chapters.adoc, every chapter page in order. */
    static final Path GENERATED_SOURCES = Path.of(System.getProperty("book.sources", "target/book-sources"));

    private PrintedBook() {
    }

    static String fileName(Path rendered) {
        return rendered.getFileName().toString();
    }

    /** The chapters the PDF and the EPUB hold, in order, by page name: 01-create-a-socket. */
    static List<String> chapters() {
        return CHAPTER_INCLUDE.matcher(read(GENERATED_SOURCES.resolve("_chapters.adoc"))).results()
                .map(match -> match.group(1))
                .toList();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

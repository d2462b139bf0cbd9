package sockets.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the book's parts are, seen from the docs module directory (Surefire's working
 * directory). The chapters directory comes from the build, so the tests read the same tree
 * that was rendered.
 */
final class BookSources {

    static final Path RENDERED_BOOK = Path.of("target", "book");
    static final Path LANDING_PAGE = RENDERED_BOOK.resolve("index.html");
    static final Path PDF = RENDERED_BOOK.resolve("java-sockets-step-by-step.pdf");
    static final Path BOOK_SOURCES = Path.of("src", "docs", "asciidoc");
    static final Path INDEX = BOOK_SOURCES.resolve("index.adoc");
    /** The PDF's source: every chapter page's file, included in order. */
    static final Path WHOLE_BOOK = BOOK_SOURCES.resolve("_book.adoc");
    static final Path DIAGRAMS = BOOK_SOURCES.resolve("diagrams");

    private BookSources() {
    }

    static Path chaptersDirectory() {
        return Path.of(System.getProperty("book.chapters", "../chapters")).toAbsolutePath().normalize();
    }

    /** Every chapter's own file: chapters/NN-name/chapter.adoc, in chapter order. */
    static List<Path> chapterFiles() {
        if (!Files.isDirectory(chaptersDirectory())) {
            return List.of();
        }
        try (Stream<Path> directories = Files.list(chaptersDirectory())) {
            return directories
                    .filter(directory -> directory.getFileName().toString().matches("\\d\\d-.+"))
                    .map(directory -> directory.resolve("chapter.adoc"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chapter's directory name, which names its page: 01-create-a-socket. */
    static String pageName(Path chapterFile) {
        return chapterFile.getParent().getFileName().toString();
    }

    /** The committed file that makes the chapter's page: src/docs/asciidoc/NN-name.adoc. */
    static Path pageSource(Path chapterFile) {
        return BOOK_SOURCES.resolve(pageName(chapterFile) + ".adoc");
    }

    /** The chapter's rendered page: target/book/NN-name.html. */
    static Path renderedPage(Path chapterFile) {
        return RENDERED_BOOK.resolve(pageName(chapterFile) + ".html");
    }

    /** Every HTML page the build rendered. */
    static List<Path> renderedPages() {
        try (Stream<Path> files = Files.list(RENDERED_BOOK)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every AsciiDoc file of the book: the chapters' and the book's own. */
    static List<Path> allAsciidocFiles() {
        return Stream.of(chaptersDirectory(), BOOK_SOURCES)
                .filter(Files::isDirectory)
                .flatMap(BookSources::asciidocFilesUnder)
                .toList();
    }

    private static Stream<Path> asciidocFilesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            // A student's own copy of the starters is not part of the book.
            return files.filter(file -> file.toString().endsWith(".adoc"))
                    .filter(file -> !file.toString().contains("/exercises/work/"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

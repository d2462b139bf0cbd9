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

    static final Path RENDERED_PAGE = Path.of("target", "book", "index.html");
    static final Path BOOK_SOURCES = Path.of("src", "docs", "asciidoc");
    static final Path INDEX = BOOK_SOURCES.resolve("index.adoc");

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

package sockets.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
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
    static final Path BOOK_SOURCES = Path.of("src", "docs", "asciidoc");
    static final Path INDEX = BOOK_SOURCES.resolve("index.adoc");
    /** The PDF's and the single page's source: every chapter page's file, included in order. */
    static final Path WHOLE_BOOK = BOOK_SOURCES.resolve("_book.adoc");
    /** What the build rendered: the book's sources and, written by BookPages, the chapter pages. */
    static final Path GENERATED_SOURCES = Path.of(System.getProperty("book.sources", "target/book-sources"));
    /** The chapters of the PDF in order, written by BookPages; _book.adoc includes it. */
    static final Path GENERATED_CHAPTERS = GENERATED_SOURCES.resolve("_chapters.adoc");
    static final Path DIAGRAMS = BOOK_SOURCES.resolve("diagrams");

    private BookSources() {
    }

    /**
     * A link to the PDF or the EPUB: docs/print renders them and copies them beside the pages,
     * maybe while this module's tests run, so they may not be there yet. Its ThePdfTest checks
     * the landing page's links to them.
     */
    static boolean isPrintedEdition(String link) {
        return link.replaceFirst("#.*$", "").matches(".*\\.(pdf|epub)");
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

    /** The file the build wrote to make the chapter's page: target/book-sources/NN-name.adoc. */
    static Path pageSource(Path chapterFile) {
        return GENERATED_SOURCES.resolve(pageName(chapterFile) + ".adoc");
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
        var files = new ArrayList<Path>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    // Not a part of the book, and not to be walked: a build's output, which a
                    // chapter's tests, running beside this module's (mvnw -T), write and delete;
                    // and a student's own copy of the starters.
                    var name = directory.getFileName().toString();
                    boolean skip = !directory.equals(root) && (name.equals("target")
                            || name.equals("work") && directory.getParent().getFileName().toString().equals("exercises"));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.toString().endsWith(".adoc")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream().sorted();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

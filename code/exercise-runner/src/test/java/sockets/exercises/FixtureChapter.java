package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** The fixture chapter under src/test/resources, and variants of its sources. Never written to. */
final class FixtureChapter {

    private FixtureChapter() {
    }

    static Path chaptersRoot() {
        return resource("fixture-chapters");
    }

    static Path chapter() {
        return chaptersRoot().resolve("01-fixture");
    }

    /** A complete sources directory: {@code blocking}, {@code compile-error}, {@code half-done}. */
    static Path variant(String name) {
        return resource("fixture-variants").resolve(name);
    }

    /** A copy of the chapters root that a test may change. */
    static Path copyOfChaptersInto(Path target) {
        copyTree(chaptersRoot(), target);
        return target;
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (var path : paths.sorted(Comparator.naturalOrder()).toList()) {
                var copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(FixtureChapter.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package sockets.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An empty file whose time says when a build or a render began: a source newer than it is not
 * in that build yet. Walked in Java, the same on every OS (no find -newer).
 */
public record Stamp(Path file) {

    /**
     * A file under {@code starts} that {@code source} accepts and that is newer than the stamp,
     * never looking inside a folder that {@code skipped} accepts; the stamp itself when there is none.
     */
    public Optional<Path> newerSource(List<Path> starts, Predicate<Path> source, Predicate<Path> skipped) {
        if (!Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        try {
            var taken = Files.getLastModifiedTime(file);
            var found = new Path[1];
            var finder = new SimpleFileVisitor<Path>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return skipped.test(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                    if (source.test(path) && attributes.lastModifiedTime().compareTo(taken) > 0) {
                        found[0] = path;
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            };
            for (var start : starts) {
                if (found[0] == null && Files.exists(start)) {
                    Files.walkFileTree(start, finder);
                }
            }
            return Optional.ofNullable(found[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for changed sources", e);
        }
    }

    /** Writes the stamp with the time its build or render began. */
    public void write(FileTime began) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            Files.setLastModifiedTime(file, began);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The time now, to write when the work it stamps has succeeded. */
    public static FileTime now() {
        return FileTime.fromMillis(System.currentTimeMillis());
    }

    /** A path's file or folder name, "" for a root. */
    public static String name(Path path) {
        return path.getFileName() == null ? "" : path.getFileName().toString();
    }
}

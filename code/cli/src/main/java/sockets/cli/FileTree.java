package sockets.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copying a folder in Java, the same on every OS (no cp -R -n, whose status differs on macOS). */
public final class FileTree {

    private FileTree() {
    }

    /** Copies every file under {@code from} to the same place under {@code to}, keeping a file that is there already. */
    public static void copyWithoutReplacing(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (var path : paths.sorted().toList()) {
                var copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else if (!Files.exists(copy)) {
                    Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }
}

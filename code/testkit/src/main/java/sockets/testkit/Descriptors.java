package sockets.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's open file descriptors, on Linux, where {@code /proc/self/fd} lists them. A
 * socket is one descriptor, so a count that does not come back down is a leaked socket. A test
 * that counts them starts with {@link Platform#requireLinux}.
 */
public final class Descriptors {

    private static final Path FD_DIRECTORY = Path.of("/proc/self/fd");

    private Descriptors() {
    }

    public static int open() {
        try (var entries = Files.list(FD_DIRECTORY)) {
            return (int) entries.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FD_DIRECTORY, e);
        }
    }
}

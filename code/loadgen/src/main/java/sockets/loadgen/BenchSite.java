package sockets.loadgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Random;

/**
 * The folder both servers of {@link HttpBench} serve, in a temporary folder of its own: a copy of
 * the chapter's site with a 1 MiB file added, so that both send the same bytes, and nothing is
 * written into the chapter. Beside it, {@code nginx/}, nginx's own files.
 */
record BenchSite(Path folder) implements AutoCloseable {

    /** The large file's path on both servers. */
    static final String LARGE = "/bench-1mib.bin";
    static final int LARGE_BYTES = 1 << 20;

    static BenchSite copyOf(Path site) throws IOException {
        var folder = Files.createTempDirectory("workbook-bench-http-");
        var bench = new BenchSite(folder);
        try (var files = Files.walk(site)) {
            for (var from : files.toList()) {
                var to = bench.site().resolve(site.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            bench.close();
            throw e;
        }
        // Bytes that do not compress, the same on every run.
        var large = new byte[LARGE_BYTES];
        new Random(17).nextBytes(large);
        Files.write(bench.site().resolve(LARGE.substring(1)), large);
        bench.readableByAll();
        return bench;
    }

    Path site() {
        return folder.resolve("site");
    }

    Path nginxFolder() {
        return folder.resolve("nginx");
    }

    /**
     * A temporary folder is its owner's alone (mode 700). nginx started by root hands the
     * requests to workers running as the user nobody, which must read the files: a public site.
     */
    private void readableByAll() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (var path : files.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    /** Deletes the folder and all in it. */
    @Override
    public void close() {
        try (var files = Files.walk(folder)) {
            for (var path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException leftBehind) {
            System.err.println("bench http: could not delete " + folder + ": " + leftBehind.getMessage());
        }
    }
}

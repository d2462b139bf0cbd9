package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The checksums of a handout's test files ({@code .handout/test-files.sha256}), in sha256sum's
 * format: a line per file, its SHA-256, two spaces and its path with forward slashes. The sums
 * are over the text with LF line endings ({@link TextFile}), so a copy checked out with CRLF
 * names no test as edited.
 */
public final class TestFileChecksums {

    /** Where a handout keeps the checksums of its test files. */
    public static final String MANIFEST = ".handout/test-files.sha256";

    private TestFileChecksums() {
    }

    /** The manifest of every file under {@code chapters/*}{@code /exercises/test/} of a copy, sorted by path. */
    public static String of(Path copy) {
        var lines = new StringBuilder();
        try (var paths = Files.walk(copy.resolve("chapters"))) {
            for (var file : paths.filter(Files::isRegularFile).sorted().toList()) {
                var path = copy.relativize(file).toString().replace('\\', '/');
                if (path.matches("chapters/[^/]+/exercises/test/.+")) {
                    lines.append(TextFile.sha256(file)).append("  ").append(path).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test files of " + copy, e);
        }
        return lines.toString();
    }

    /** Writes the manifest of {@code copy} into it. */
    public static void write(Path copy) throws IOException {
        var manifest = copy.resolve(MANIFEST);
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, of(copy), StandardCharsets.UTF_8);
    }

    /**
     * The test files of the submission whose checksum differs from the handout's manifest (or
     * that are missing): a student who edits a test is seen. None when there is no manifest.
     */
    public static List<String> edited(Path submission) {
        var manifest = submission.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        var edited = new ArrayList<String>();
        try {
            for (var line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                var parts = line.strip().split("\\s+", 2);
                if (parts.length != 2) {
                    continue;
                }
                var path = parts[1].startsWith("*") ? parts[1].substring(1) : parts[1];
                var file = submission.resolve(path);
                if (!Files.isRegularFile(file)) {
                    edited.add(path + " (missing)");
                } else if (!TextFile.sha256(file).equals(parts[0])) {
                    edited.add(path);
                }
            }
        } catch (IOException e) {
            edited.add(MANIFEST + " (unreadable: " + e.getMessage() + ")");
        }
        return edited;
    }
}

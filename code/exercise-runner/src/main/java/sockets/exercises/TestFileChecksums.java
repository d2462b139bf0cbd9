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
     * The test files of a submission that differ from the grader's own (the workbook it grades
     * from): changed, missing or added, in the chapters the submission has. Nothing the
     * submission says about itself counts. When the grader grades from the submission itself
     * (CI in the student's own copy) there is no other copy to compare with, and the handout's
     * manifest is all there is: {@link #edited(Path)}.
     */
    public static List<String> differing(Path grader, Path submission) {
        try {
            if (Files.isSameFile(grader, submission)) {
                return edited(submission);
            }
        } catch (IOException unreadable) {
            // compared below, file by file
        }
        var differing = new ArrayList<String>();
        for (var chapter : ChapterExercises.chaptersUnder(grader.resolve("chapters"))) {
            var relative = grader.relativize(chapter).resolve("exercises/test");
            var theirs = submission.resolve(relative.toString());
            if (!Files.isDirectory(theirs)) {
                continue;
            }
            var ours = grader.resolve(relative.toString());
            for (var file : testFiles(ours)) {
                var path = (relative + "/" + ours.relativize(file)).replace('\\', '/');
                var copy = theirs.resolve(ours.relativize(file).toString());
                if (!Files.isRegularFile(copy)) {
                    differing.add(path + " (missing)");
                } else if (!sameText(copy, file)) {
                    differing.add(path);
                }
            }
            for (var file : testFiles(theirs)) {
                if (!Files.isRegularFile(ours.resolve(theirs.relativize(file).toString()))) {
                    differing.add((relative + "/" + theirs.relativize(file) + " (added)").replace('\\', '/'));
                }
            }
        }
        return differing;
    }

    private static boolean sameText(Path a, Path b) {
        try {
            return TextFile.same(a, b);
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static List<Path> testFiles(Path directory) {
        try (var paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test files in " + directory, e);
        }
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

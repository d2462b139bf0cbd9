package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A chapter's program reads top to bottom, one idea a file: at most 150 lines a file
 * (chapters/README.adoc). A file that grew past it has outgrown its idea: split it by idea,
 * not by line count. The exercises' files are not programs of the chapter and are not held.
 */
class ProgramFileLengthTest {

    /** The repository root, seen from this module's directory (Surefire's working directory). */
    private static final Path ROOT = Path.of("..", "..");

    private static final int MOST_LINES = 150;

    @Test
    void every_chapter_program_file_has_at_most_150_lines() throws IOException {
        var files = programFiles();
        assertFalse(files.isEmpty(), "no chapter program found under " + ROOT.toAbsolutePath().normalize());
        var tooLong = files.stream()
                .filter(file -> lines(file) > MOST_LINES)
                .map(file -> ROOT.relativize(file) + " (" + lines(file) + " lines)")
                .toList();
        assertEquals(List.of(), tooLong, "chapter program files over " + MOST_LINES + " lines");
    }

    private static List<Path> programFiles() throws IOException {
        try (var files = Files.walk(ROOT.resolve("chapters"), 7)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().replace('\\', '/').contains("/src/main/java/sockets/ch"))
                    .sorted()
                    .toList();
        }
    }

    private static long lines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

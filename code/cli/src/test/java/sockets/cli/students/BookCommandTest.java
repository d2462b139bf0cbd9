package sockets.cli.students;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;

/**
 * {@code ./workbook book}: each part rendered through the wrapper only when a source changed.
 * The wrapper here is a fake mvnw that writes down how it was called; the real render is the
 * docs modules' own build, tested there.
 */
@Timeout(60)
class BookCommandTest {

    @BeforeEach
    void posixOnly() {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "The fake wrapper is a sh script; Windows runs mvnw.cmd.");
    }

    private static Path workbook(Path root, String wrapper) throws IOException {
        Files.createDirectories(root.resolve("docs/src"));
        Files.writeString(root.resolve("docs/src/index.adoc"), "= The book\n");
        Files.writeString(root.resolve("mvnw"), wrapper);
        return root;
    }

    private static List<String> calls(Path root) throws IOException {
        return Files.readAllLines(root.resolve("mvnw-calls.txt"));
    }

    @Test
    void renders_the_pages_and_prints_the_path_of_the_landing_page(@TempDir Path root) throws IOException {
        var run = CommandRun.in(workbook(root, "echo \"mvnw $*\" >> mvnw-calls.txt\n"), "book", "--html");

        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertEquals(List.of("mvnw -q -pl docs generate-resources"), calls(root)),
                () -> assertEquals(root.toAbsolutePath().resolve("docs/target/book/index.html") + "\n", run.out()),
                () -> assertTrue(run.err().startsWith("rendering the book's pages"), run.err()));
    }

    @Test
    void renders_nothing_again_when_no_source_changed(@TempDir Path root) throws IOException {
        CommandRun.in(workbook(root, "echo \"mvnw $*\" >> mvnw-calls.txt\n"), "book", "--html");

        var run = CommandRun.in(root, "book", "--html");

        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertEquals(1, calls(root).size(), "one render"),
                () -> assertTrue(run.err().startsWith("the book's pages (HTML, and the diagrams in them): up to date.\n"), run.err()));
    }

    @Test
    void without_html_renders_the_pdf_and_the_epub_too(@TempDir Path root) throws IOException {
        var run = CommandRun.in(workbook(root, "echo \"mvnw $*\" >> mvnw-calls.txt\n"), "book");

        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertEquals(List.of("mvnw -q -pl docs generate-resources", "mvnw -q -pl docs/print generate-resources"),
                        calls(root)));
    }

    @Test
    void says_which_part_did_not_render_with_status_1(@TempDir Path root) throws IOException {
        var run = CommandRun.in(workbook(root, "echo 'asciidoctor: ERROR: a missing include' \nexit 1\n"), "book", "--html");

        assertAll(
                () -> assertEquals(1, run.status()),
                () -> assertEquals("", run.out()),
                () -> assertTrue(run.err().endsWith("asciidoctor: ERROR: a missing include\n"
                        + "The book did not render (pages); the messages above say why.\n"), run.err()));
    }
}

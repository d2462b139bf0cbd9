package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A handout's test checksums: edits are named, line endings are not edits. */
class TestFileChecksumsTest {

    private static final String TEST = "chapters/01-fixture/exercises/test/sockets/fixture/LineEchoTest.java";

    private static Path handout(Path root) throws IOException {
        var test = root.resolve(TEST);
        Files.createDirectories(test.getParent());
        Files.writeString(test, "class LineEchoTest {\n    // one behaviour\n}\n");
        Files.writeString(root.resolve("chapters/01-fixture/exercises/Other.java"), "not a test\n");
        TestFileChecksums.write(root);
        return root;
    }

    @Test
    void the_manifest_has_sha256sums_format_one_line_per_test_file(@TempDir Path root) throws IOException {
        handout(root);

        var lines = Files.readAllLines(root.resolve(TestFileChecksums.MANIFEST));

        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.getFirst().matches("[0-9a-f]{64}  " + TEST), lines.getFirst());
    }

    @Test
    void a_fresh_handout_names_no_test_as_edited(@TempDir Path root) throws IOException {
        assertEquals(List.of(), TestFileChecksums.edited(handout(root)));
    }

    @Test
    void a_checkout_with_crlf_line_endings_names_no_test_as_edited(@TempDir Path root) throws IOException {
        handout(root);
        var test = root.resolve(TEST);
        Files.writeString(test, Files.readString(test).replace("\n", "\r\n"));

        assertEquals(List.of(), TestFileChecksums.edited(root));
    }

    @Test
    void an_edited_test_is_named(@TempDir Path root) throws IOException {
        handout(root);
        Files.writeString(root.resolve(TEST), "class LineEchoTest {}\n");

        assertEquals(List.of(TEST), TestFileChecksums.edited(root));
    }

    @Test
    void a_deleted_test_is_named_as_missing(@TempDir Path root) throws IOException {
        handout(root);
        Files.delete(root.resolve(TEST));

        assertEquals(List.of(TEST + " (missing)"), TestFileChecksums.edited(root));
    }

    @Test
    void the_sum_is_sha256sums_of_the_lf_text(@TempDir Path root) throws IOException {
        var file = root.resolve("a.txt");
        Files.writeString(file, "abc\r\n");

        // sha256sum of "abc\n"
        assertEquals("edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb", TextFile.sha256(file));
    }
}

package sockets.ch17.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Stage 4: /files/NAME serves the file NAME from the folder, and nothing outside it: not by
 * {@code ..}, percent-encoded dots, an absolute path, a folder beside it with the same prefix,
 * nor a symbolic link inside it that leads out.
 */
class Stage4FilesTest extends Stage3HeaderTest {

    static final String SECRET = "the secret outside the folder";
    static final byte[] EVERY_BYTE = new byte[1024];

    static {
        for (int i = 0; i < EVERY_BYTE.length; i++) {
            EVERY_BYTE[i] = (byte) i;
        }
    }

    /** www/ is served; secret.txt and www-secret/ lie beside it, outside. */
    @Override
    Path site(Path scratch) throws Exception {
        var www = super.site(scratch);
        Files.writeString(www.resolve("hello.txt"), "hello, file\n");
        Files.writeString(Files.createDirectories(www.resolve("sub")).resolve("inner.txt"), "inner\n");
        Files.write(www.resolve("every-byte.bin"), EVERY_BYTE);
        Files.writeString(scratch.resolve("secret.txt"), SECRET);
        Files.writeString(Files.createDirectories(scratch.resolve("www-secret")).resolve("key.txt"), SECRET);
        return www;
    }

    private StageServer.Response get(String target) throws IOException {
        try (var client = server.connect()) {
            return client.send(StageServer.get(target)).response();
        }
    }

    /** Each target gets a 4xx status (404, or 400 or 403) and not a byte of the secret. */
    private void refused(List<String> targets, String meaning) throws IOException {
        for (var target : targets) {
            var response = get(target);
            assertFalse(response.text().contains(SECRET), "GET " + target + " was answered with a file outside the"
                    + " folder: " + meaning);
            assertTrue(response.status() >= 400 && response.status() < 500, "GET " + target + " was answered "
                    + response.statusLine() + ", not 404 (or 400 or 403): " + meaning);
        }
    }

    @Test
    void a_file_is_served() throws Exception {
        var response = get("/files/hello.txt");
        assertEquals(200, response.status(), "the status for /files/hello.txt");
        assertEquals("hello, file\n", response.text(), "the body for /files/hello.txt");
    }

    @Test
    void a_file_in_a_subfolder_is_served() throws Exception {
        assertEquals("inner\n", get("/files/sub/inner.txt").text(), "the body for /files/sub/inner.txt");
    }

    @Test
    void a_file_is_sent_byte_for_byte() throws Exception {
        assertArrayEquals(EVERY_BYTE, get("/files/every-byte.bin").body(), "the body for a file that holds every"
                + " byte value: a file is sent byte for byte, never through a String (not every byte is a character)");
    }

    @Test
    void a_missing_file_is_404() throws Exception {
        assertEquals(404, get("/files/nothing.txt").status(), "the status for /files/nothing.txt");
    }

    @Test
    void a_folder_is_not_a_file() throws Exception {
        assertEquals(404, get("/files/sub").status(), "the status for /files/sub, a folder");
    }

    @Test
    void dot_dot_cannot_climb_out_of_the_folder() throws Exception {
        refused(List.of("/files/../secret.txt", "/files/sub/../../secret.txt"), "join the names to the folder,"
                + " normalise the result (.. resolved) and check it still starts with the folder");
    }

    @Test
    void percent_encoded_dots_cannot_climb_out() throws Exception {
        refused(List.of("/files/%2e%2e/secret.txt", "/files/%2E%2E%2Fsecret.txt", "/files/sub/..%2f..%2fsecret.txt"),
                "check the path after it is percent-decoded: %2e%2e is .. once decoded");
    }

    @Test
    void an_absolute_path_cannot_reach_out() throws Exception {
        // C:\Users\A B\... on Windows: forward slashes, and a space is %20 in a request line
        var absolute = scratch.resolve("secret.txt").toAbsolutePath().toString().replace('\\', '/').replace(" ", "%20");
        refused(List.of("/files/" + absolute, "/files/" + absolute.replace("/", "%2F")), "an absolute path"
                + " resolved against the folder replaces it (Path.resolve returns the absolute path itself)");
    }

    @Test
    void a_folder_beside_with_the_same_prefix_is_outside() throws Exception {
        refused(List.of("/files/../www-secret/key.txt"), "compare whole names with Path.startsWith, not strings:"
                + " the text of .../www-secret begins with the text of .../www");
    }

    @Test
    void a_symbolic_link_cannot_lead_out() throws Exception {
        var link = scratch.resolve("www").resolve("way-out.txt");
        try {
            Files.createSymbolicLink(link, scratch.resolve("secret.txt"));
        } catch (IOException | UnsupportedOperationException | SecurityException cannot) {
            Assumptions.abort("This test needs a symbolic link, which this system does not let the test make"
                    + " (Windows without Developer Mode), so it is skipped.");
        }
        refused(List.of("/files/way-out.txt"), "a symbolic link inside the folder may lead out: check the"
                + " real path (toRealPath, links followed) against the folder's real path");
    }
}

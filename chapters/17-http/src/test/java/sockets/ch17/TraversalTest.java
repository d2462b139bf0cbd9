package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No request reads a file outside the served folder: a folder with a secret beside it, and
 * every way a path tries to climb out. Each attempt is answered without the secret's bytes.
 */
@Timeout(20)
class TraversalTest {

    @TempDir
    static Path folder;
    private static Path root;
    private static boolean linksWork;
    private static RunningServer server;

    @BeforeAll
    static void start() throws IOException {
        root = Files.createDirectories(folder.resolve("www"));
        Files.writeString(root.resolve("index.html"), "<p>inside</p>");
        Files.writeString(folder.resolve("secret.txt"), "the secret");
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/page.txt"), "a page");
        try {
            Files.createSymbolicLink(root.resolve("out"), folder.resolve("secret.txt"));
            Files.createSymbolicLink(root.resolve("in"), root.resolve("sub/page.txt"));
            Files.createSymbolicLink(root.resolve("sub/up"), folder);
            Files.createSymbolicLink(root.resolve("pages"), root.resolve("sub"));
            linksWork = true;
        } catch (UnsupportedOperationException | FileSystemException e) {
            linksWork = false;                        // Windows without the right to make links
        }
        server = RunningServer.start(root, Limits.DEFAULT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int status(String target) throws IOException {
        try (var client = server.connect()) {
            var response = client.send("GET " + target + " HTTP/1.1\r\nHost: test\r\n\r\n").read();
            assertFalse(response.text().contains("the secret"), target + " read the secret");
            return response.status();
        }
    }

    @Test
    void a_file_inside_is_served() throws IOException {
        assertEquals(200, status("/sub/page.txt"));
    }

    @Test
    void dot_dot_is_400() throws IOException {
        assertEquals(400, status("/../secret.txt"));
    }

    @Test
    void dot_dot_after_a_folder_is_400_too() throws IOException {
        assertEquals(400, status("/sub/../../secret.txt"));
    }

    @Test
    void percent_encoded_dots_are_400() throws IOException {
        assertEquals(400, status("/%2e%2e/secret.txt"));
        assertEquals(400, status("/%2E./secret.txt"));
    }

    @Test
    void an_encoded_slash_is_400() throws IOException {
        assertEquals(400, status("/sub%2f..%2f..%2fsecret.txt"));
    }

    @Test
    void a_backslash_is_400() throws IOException {
        assertEquals(400, status("/..%5csecret.txt"));
    }

    @Test
    void an_encoded_nul_is_400() throws IOException {
        assertEquals(400, status("/index.html%00.txt"));
    }

    @Test
    void a_percent_without_two_hex_digits_is_400() throws IOException {
        assertEquals(400, status("/%zz"));
    }

    @Test
    void an_absolute_path_stays_inside_the_folder() throws IOException {
        // /tmp/x/secret.txt is looked for under the folder: 404. Windows' C:/... holds a
        // colon, which is refused before any lookup: 400.
        var status = status("//" + folder.resolve("secret.txt").toString().replace('\\', '/'));
        assertTrue(status == 404 || status == 400, "an absolute path is " + status);
    }

    @Test
    void a_symbolic_link_that_leads_out_is_404() throws IOException {
        assumeTrue(linksWork, "this system does not let the test make symbolic links, so it is skipped");
        assertEquals(404, status("/out"));
    }

    @Test
    void a_symbolic_link_that_stays_inside_is_served() throws IOException {
        assumeTrue(linksWork, "this system does not let the test make symbolic links, so it is skipped");
        assertEquals(200, status("/in"));
    }

    @Test
    void a_linked_folder_that_leads_out_is_404_for_the_files_under_it() throws IOException {
        assumeTrue(linksWork, "this system does not let the test make symbolic links, so it is skipped");
        assertEquals(404, status("/sub/up/secret.txt"));
    }

    @Test
    void a_linked_folder_that_stays_inside_serves_the_files_under_it() throws IOException {
        assumeTrue(linksWork, "this system does not let the test make symbolic links, so it is skipped");
        assertEquals(200, status("/pages/page.txt"));
    }

    @Test
    void a_name_under_a_file_is_404() throws IOException {
        assertEquals(404, status("/index.html/page.txt"));
    }
}

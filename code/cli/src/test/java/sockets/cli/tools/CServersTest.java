package sockets.cli.tools;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.FileTree;
import sockets.cli.WorkbookRoot;

/** The bench's C servers: compiled with gcc when it is on the PATH, left out with a note when not. */
@Timeout(150)
class CServersTest {

    private static String compiledWith(Path root, String path) {
        var err = new ByteArrayOutputStream();
        try (var stream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            new CServers(new WorkbookRoot(root), path).compile(stream);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void without_gcc_on_the_path_leaves_them_out(@TempDir Path root) {
        assertEquals("bench: no gcc here, so the C servers are left out.\n", compiledWith(root, root.toString()));
    }

    @Test
    void with_gcc_compiles_both_into_the_target_folder(@TempDir Path root) throws IOException {
        var path = System.getenv().getOrDefault("PATH", "");
        assumeTrue(new CServers(new WorkbookRoot(root), path).onPath("gcc").isPresent(), "gcc is not installed here");
        assumeTrue(System.getProperty("os.name").equals("Linux"), "the epoll server is Linux's");
        FileTree.copyWithoutReplacing(Path.of("../bench-c").toAbsolutePath().normalize(), root.resolve("code/bench-c"));

        var said = compiledWith(root, path);

        assertAll(
                () -> assertEquals("", said),
                () -> assertTrue(Files.isExecutable(root.resolve("code/bench-c/target/epoll_echo"))),
                () -> assertTrue(Files.isExecutable(root.resolve("code/bench-c/target/thread_per_client_echo"))));
    }
}

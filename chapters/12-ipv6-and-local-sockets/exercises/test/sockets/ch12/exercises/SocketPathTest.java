package sockets.ch12.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SocketPathTest {

    /** Removes the socket file, and its directory only if that is a new one under java.io.tmpdir. */
    private static void cleanUp(Path path) throws IOException {
        Files.deleteIfExists(path);
        var directory = path.toAbsolutePath().getParent();
        var tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (tmp.equals(directory.getParent())) {
            Files.deleteIfExists(directory);
        }
    }

    @Test
    void the_path_is_new_and_a_server_can_bind_it() throws Exception {
        var path = SocketPath.forSession();
        try {
            assertFalse(Files.exists(path), "the socket file must not exist yet: bind(2) makes it");
            try (var listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                listener.bind(UnixDomainSocketAddress.of(path));
            }
        } finally {
            cleanUp(path);
        }
    }

    @Test
    void it_lies_in_a_directory_of_its_own_under_the_temporary_directory() throws Exception {
        var path = SocketPath.forSession();
        try {
            var tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
            assertEquals(tmp, path.toAbsolutePath().getParent().getParent(),
                    "java.io.tmpdir/SOME-NEW-DIRECTORY/NAME: not straight in the shared /tmp, where"
                    + " another user may make the path first");
            assertTrue(Files.isDirectory(path.getParent()), "the directory exists");
        } finally {
            cleanUp(path);
        }
    }

    @Test
    void only_its_owner_may_enter_the_directory() throws Exception {
        var path = SocketPath.forSession();
        try {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path.getParent())),
                    "other users must not reach the socket: connect(2) needs search permission on the directory");
        } finally {
            cleanUp(path);
        }
    }

    @Test
    void two_sessions_get_two_paths_that_fit_in_sun_path() throws Exception {
        var first = SocketPath.forSession();
        var second = SocketPath.forSession();
        try {
            assertNotEquals(first, second, "each session needs its own socket");
            assertTrue(first.toString().getBytes().length <= 107, "sun_path holds 107 bytes and a zero: " + first);
        } finally {
            cleanUp(first);
            cleanUp(second);
        }
    }
}

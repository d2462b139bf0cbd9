package sockets.ch12.exercises;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a program may put a Unix domain socket for one session. */
public final class SocketPath {

    private SocketPath() {
    }

    /**
     * A path for a new socket: session.sock in a directory made for it under java.io.tmpdir
     * that only this user may enter. The file does not exist yet, and the path fits in sun_path.
     */
    public static Path forSession() throws IOException {
        // createTempDirectory picks a name nobody has, atomically, with rwx------ on POSIX:
        // no other user can reach a socket inside it, nor swap it for one of theirs.
        var directory = Files.createTempDirectory("session-");
        var path = directory.resolve("session.sock");
        if (path.toString().getBytes().length > 107) {
            Files.delete(directory);
            throw new IOException("java.io.tmpdir is too deep for a Unix socket path: " + path);
        }
        return path;
    }
}

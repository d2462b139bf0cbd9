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
        // The temporary directory is there for this: every program may write in it.
        var path = Path.of(System.getProperty("java.io.tmpdir"), "session.sock");
        if (path.toString().getBytes().length > 107) {
            throw new IOException("java.io.tmpdir is too deep for a Unix socket path: " + path);
        }
        return path;
    }
}

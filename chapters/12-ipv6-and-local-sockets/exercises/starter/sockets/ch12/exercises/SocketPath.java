package sockets.ch12.exercises;

import java.io.IOException;
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
        // TODO(exercise): make a fresh private directory, and name the socket inside it.
        throw new UnsupportedOperationException("SocketPath.forSession is not written yet");
    }
}

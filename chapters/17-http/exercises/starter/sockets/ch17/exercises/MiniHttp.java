package sockets.ch17.exercises;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * Your own HTTP/1.1 server, built in stages: each stage of {@code ./workbook check 17} asks for
 * a little more (200 OK, routes, a header echoed, files from a folder, connections kept alive,
 * bodies) and runs the earlier stages' tests again, so nothing that worked may break.
 */
public final class MiniHttp {

    private MiniHttp() {
    }

    /**
     * Serves HTTP clients on {@code listener}, which is bound and listening already, until it is
     * closed (then accept throws, and this method may throw too). From stage 4 on, the files
     * under {@code folder} are served at /files/NAME, and nothing outside it.
     */
    public static void serve(ServerSocket listener, Path folder) throws IOException {
        // TODO(exercise): stage 1, accept a client, read its request up to the blank line and
        // answer HTTP/1.1 200 OK. Each later stage adds to this method; exercises.adoc says what.
        throw new UnsupportedOperationException("MiniHttp.serve is not written yet");
    }
}

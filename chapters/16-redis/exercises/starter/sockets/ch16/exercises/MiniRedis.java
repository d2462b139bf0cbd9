package sockets.ch16.exercises;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * Your own Redis, built in stages: each stage of {@code ./workbook check 16} asks for a little
 * more (PING, many PINGs, many clients, ECHO, SET and GET, expiry) and runs the earlier stages'
 * tests again, so nothing that worked may break.
 */
public final class MiniRedis {

    private MiniRedis() {
    }

    /**
     * Serves Redis clients on {@code listener}, which is bound and listening already, until it
     * is closed (then accept throws, and this method may throw too). Commands come as RESP
     * arrays of bulk strings: {@code *1\r\n$4\r\nPING\r\n}.
     */
    public static void serve(ServerSocket listener) throws IOException {
        // TODO(exercise): stage 1, accept a client and answer its PING with +PONG\r\n.
        // Each later stage adds to this method; exercises.adoc says what each one wants.
        throw new UnsupportedOperationException("MiniRedis.serve is not written yet");
    }
}

package sockets.fixture.exercises;

import java.io.IOException;
import java.net.ServerSocket;

public final class LoopbackListener {

    private LoopbackListener() {
    }

    public static ServerSocket open() throws IOException {
        return new ServerSocket(0);
    }
}

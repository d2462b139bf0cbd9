package sockets.fixture.exercises;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

public final class LineEcho {

    private LineEcho() {
    }

    public static void serveOne(ServerSocket listener) throws IOException {
        try (var client = listener.accept()) {
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = client.getOutputStream();
            out.write("\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}

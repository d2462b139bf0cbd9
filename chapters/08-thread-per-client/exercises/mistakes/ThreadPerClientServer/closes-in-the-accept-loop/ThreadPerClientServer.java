package sockets.ch08.exercises;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** The heart of chapter 08's server: accept, and give each connection a thread of its own. */
public final class ThreadPerClientServer {

    private ThreadPerClientServer() {
    }

    /**
     * Accepts connections until the listener is closed (then accept() throws, and so does
     * this method). Each accepted socket goes to a new platform thread named
     * {@code client-1}, {@code client-2}, ..., which calls {@link #echo(Socket)} and then
     * closes that socket. The accepting thread never reads or writes a client itself.
     */
    public static void serve(ServerSocket listener) throws IOException {
        for (int n = 1; ; n++) {
            try (var connection = listener.accept()) {
                Thread.ofPlatform().name("client-" + n).start(() -> {
                    try {
                        echo(connection);
                    } catch (IOException e) {
                    }
                });
            }
        }
    }

    /** Given: echoes lines (bytes up to each \n) until the client half-closes. */
    static void echo(Socket connection) throws IOException {
        var in = connection.getInputStream();
        var out = connection.getOutputStream();
        var line = new StringBuilder();
        for (int b = in.read(); b != -1 && line.length() <= 1024; b = in.read()) {
            line.append((char) b);
            if (b == '\n') {
                out.write(line.toString().getBytes(StandardCharsets.ISO_8859_1));
                line.setLength(0);
            }
        }
    }
}

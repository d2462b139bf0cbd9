package sockets.ch06.exercises;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A client that sends a batch of lines, half-closes, and collects every reply line. */
public final class BatchClient {

    private BatchClient() {
    }

    /**
     * Connects to {@code server}, sends each line with a newline, half-closes the connection
     * and returns every line the server sends until its end of stream.
     */
    public static List<String> sendAll(SocketAddress server, List<String> lines) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(server, 5_000);
            socket.setSoTimeout(10_000);
            var sending = CompletableFuture.runAsync(() -> {
                try {
                    var out = socket.getOutputStream();
                    out.write(String.join("", lines.stream().map(l -> l + "\n").toList())
                            .getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, task -> Thread.ofVirtual().start(task));
            var replies = new ArrayList<String>();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                replies.add(line);
            }
            try {
                sending.join();
            } catch (CompletionException e) {
                throw new IOException("sending failed", e.getCause());
            }
            return replies;
        }
    }
}

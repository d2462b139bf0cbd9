package sockets.ch08;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * The design of chapters 04 and 06, for comparison: one client at a time, on the accepting
 * thread. Kept in the tests only, to show what this chapter's server fixes.
 */
final class IterativeEchoServer {

    private IterativeEchoServer() {
    }

    static void serve(ServerSocket listener) throws IOException {
        while (true) {
            var connection = listener.accept();
            try (connection) {
                connection.setSoTimeout(10_000);
                var in = new BufferedInputStream(connection.getInputStream());
                var out = connection.getOutputStream();
                for (byte[] line; (line = LineFraming.read(in)) != null; ) {
                    LineFraming.write(out, line);
                }
            } catch (IOException e) {
                // a silent, reset or too-long client is dropped; the next one is accepted
            }
        }
    }
}

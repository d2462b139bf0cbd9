package sockets.ch16.exercises;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The reference for every stage: a virtual thread per client over a map with expiry. */
public final class MiniRedis {

    private record Value(String data, long expiresAt) { }

    private static final Map<String, Value> STORE = new ConcurrentHashMap<>();

    private MiniRedis() {
    }

    public static void serve(ServerSocket listener) throws IOException {
        while (true) {
            var client = listener.accept();
            Thread.ofVirtual().start(() -> {
                try (client) {
                    serve(client);
                } catch (IOException gone) {
                    // this client only
                }
            });
        }
    }

    private static void serve(Socket client) throws IOException {
        var in = new BufferedInputStream(client.getInputStream());
        var out = new BufferedOutputStream(client.getOutputStream());
        while (true) {
            List<String> command;
            try {
                command = readCommand(in);
            } catch (EOFException end) {
                return;
            }
            out.write(execute(command).getBytes(StandardCharsets.UTF_8));
            // Flush once the commands that have come are answered: pipelined ones go together.
            if (in.available() == 0) {
                out.flush();
            }
        }
    }

    private static String execute(List<String> command) {
        var name = command.getFirst().toUpperCase(Locale.ROOT);
        long now = System.nanoTime() / 1_000_000;
        switch (name) {
            case "PING":
                return "+PONG\r\n";
            case "ECHO":
                return bulk(command.get(1));
            case "SET":
                long expiresAt = Long.MAX_VALUE;
                if (command.size() == 5 && command.get(3).equalsIgnoreCase("PX")) {
                    expiresAt = now + Long.parseLong(command.get(4));
                }
                STORE.put(command.get(1), new Value(command.get(2), expiresAt));
                return "+OK\r\n";
            case "GET":
                var value = STORE.get(command.get(1));
                if (value == null || value.expiresAt() < now) {      // expired after its moment
                    return "$-1\r\n";
                }
                return bulk(value.data());
            default:
                return "-ERR unknown command '" + command.getFirst() + "'\r\n";
        }
    }

    private static String bulk(String text) {
        return "$" + text.getBytes(StandardCharsets.UTF_8).length + "\r\n" + text + "\r\n";
    }

    // *N\r\n then N times $LEN\r\nBYTES\r\n
    private static List<String> readCommand(InputStream in) throws IOException {
        int count = Integer.parseInt(line(in).substring(1));
        var words = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            int length = Integer.parseInt(line(in).substring(1));
            var bytes = in.readNBytes(length + 2);
            if (bytes.length < length + 2) {
                throw new EOFException();
            }
            words.add(new String(bytes, 0, length, StandardCharsets.UTF_8));
        }
        return words;
    }

    private static String line(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\r'; b = in.read()) {
            if (b == -1) {
                throw new EOFException();
            }
            line.write(b);
        }
        in.read();                                      // the \n after the \r
        return line.toString(StandardCharsets.UTF_8);
    }
}

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

/**
 * The reference for every stage: a virtual thread per client over a map with expiry, and from
 * stage 7 limits that hold against any client: every length checked before its bytes are read,
 * every malformed request answered with Redis's protocol error and a close, never a silent drop.
 */
public final class MiniRedis {

    private record Value(String data, long expiresAt) { }

    /** A request that breaks the protocol: Redis's words for it, sent before the close. */
    private static final class ProtocolError extends Exception {
        private static final long serialVersionUID = 1L;

        ProtocolError(String message) {
            super("Protocol error: " + message);
        }
    }

    // Smaller than Redis's own (512 MB, 1,048,576 arguments, 64 KiB of line), as a small server's are.
    static final int MAX_BULK = 1024 * 1024;
    static final int MAX_ARGS = 1024;
    static final int MAX_LINE = 64 * 1024;

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
            } catch (ProtocolError e) {
                goodbye(client, out, "-ERR " + e.getMessage() + "\r\n");
                return;
            }
            if (!command.isEmpty()) {                   // *0 or *-1: nothing to run, as in Redis
                out.write(execute(command).getBytes(StandardCharsets.UTF_8));
            }
            // Flush once the commands that have come are answered: pipelined ones go together.
            if (in.available() == 0) {
                out.flush();
            }
        }
    }

    private static String execute(List<String> command) {
        var name = command.getFirst().toUpperCase(Locale.ROOT);
        long now = System.nanoTime() / 1_000_000;
        int least = switch (name) {
            case "ECHO", "GET" -> 2;
            case "SET" -> 3;
            default -> 1;
        };
        if (command.size() < least) {                   // an answer, never an exception that drops the client
            return "-ERR wrong number of arguments for '" + name.toLowerCase(Locale.ROOT) + "' command\r\n";
        }
        switch (name) {
            case "PING":
                return "+PONG\r\n";
            case "ECHO":
                return bulk(command.get(1));
            case "SET":
                long expiresAt = Long.MAX_VALUE;
                if (command.size() == 5 && command.get(3).equalsIgnoreCase("PX")) {
                    try {
                        expiresAt = now + Long.parseLong(command.get(4));
                    } catch (NumberFormatException notANumber) {
                        return "-ERR value is not an integer or out of range\r\n";
                    }
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
                // The client's bytes in our error line: a CR or LF in them would end the line early.
                return "-ERR unknown command '" + oneLine(command.getFirst()) + "'\r\n";
        }
    }

    private static String bulk(String text) {
        return "$" + text.getBytes(StandardCharsets.UTF_8).length + "\r\n" + text + "\r\n";
    }

    /** The error, our FIN, then what the client still sends dropped for a second: no RST. */
    private static void goodbye(Socket client, OutputStream out, String error) throws IOException {
        out.write(error.getBytes(StandardCharsets.UTF_8));
        out.flush();
        client.shutdownOutput();
        client.setSoTimeout(1000);
        try {
            while (client.getInputStream().read(new byte[4096]) != -1) {
                // read and drop until the client's FIN
            }
        } catch (java.net.SocketTimeoutException lingered) {
            // the client kept its end open: close anyway
        }
    }

    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }

    // *N\r\n then N times $LEN\r\nBYTES\r\n; every length checked before a byte of it is read.
    private static List<String> readCommand(InputStream in) throws IOException, ProtocolError {
        var header = line(in, "too big mbulk count string");
        if (!header.startsWith("*")) {
            // Redis would read an inline command here; this server takes RESP arrays only.
            throw new ProtocolError("expected '*', got '" + oneLine(header.substring(0, Math.min(1, header.length()))) + "'");
        }
        long count = number(header);
        if (count > MAX_ARGS || count == Long.MIN_VALUE) {
            throw new ProtocolError("invalid multibulk length");
        }
        var words = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var line = line(in, "too big bulk count string");
            if (!line.startsWith("$")) {
                throw new ProtocolError("expected '$', got '" + oneLine(line.isEmpty() ? "\r" : line.substring(0, 1)) + "'");
            }
            long length = number(line);
            if (length < 0) {
                throw new ProtocolError("invalid bulk length");
            }
            var bytes = in.readNBytes((int) length + 2);
            if (bytes.length < length + 2) {
                throw new EOFException();
            }
            words.add(new String(bytes, 0, (int) length, StandardCharsets.UTF_8));
        }
        return words;
    }

    /** The number after the line's first char, or Long.MIN_VALUE when it is not one. */
    private static long number(String line) {
        try {
            return Long.parseLong(line.substring(1));
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /** A line up to its \r\n; one longer than MAX_LINE is refused before it is all read. */
    private static String line(InputStream in, String tooLong) throws IOException, ProtocolError {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\r'; b = in.read()) {
            if (b == -1) {
                throw new EOFException();
            }
            if (line.size() == MAX_LINE) {
                throw new ProtocolError(tooLong);
            }
            line.write(b);
        }
        in.read();                                      // the \n after the \r
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}

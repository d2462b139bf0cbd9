package sockets.ch16;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A small Redis client: commands go out as arrays of bulk strings, replies come back printed
 * as {@code redis-cli} prints them ({@code OK}, {@code "hello"}, {@code (integer) 1},
 * {@code (nil)}, {@code (error) ERR ...}, numbered lines for an array).
 */
final class RespClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RespClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** The bytes of one command in RESP: {@code *2\r\n$3\r\nGET\r\n$1\r\nk\r\n}. */
    static byte[] encode(String... words) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("*" + words.length + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (var word : words) {
            var data = word.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(("$" + data.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(data);
            bytes.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Sends commands in one write(2), pipelined: the server replies in the same order. */
    void send(String[]... commands) throws IOException {
        var all = new ByteArrayOutputStream();
        for (var command : commands) {
            all.writeBytes(encode(command));
        }
        out.write(all.toByteArray());
        out.flush();
    }

    /** Sends one command and reads its reply. */
    String call(String... words) throws IOException {
        send(words);
        return read();
    }

    /** The next reply, printed as redis-cli prints it. */
    String read() throws IOException {
        return read("");
    }

    private String read(String indent) throws IOException {
        var line = line();
        var rest = line.substring(1);
        return switch (line.charAt(0)) {
            case '+' -> rest;
            case '-' -> "(error) " + rest;
            case ':' -> "(integer) " + rest;
            case '$' -> rest.equals("-1") ? "(nil)" : "\"" + bulk(Integer.parseInt(rest)) + "\"";
            case '*' -> {
                int count = Integer.parseInt(rest);
                if (count <= 0) {
                    yield count == 0 ? "(empty array)" : "(nil)";
                }
                var lines = new StringBuilder();
                for (int i = 1; i <= count; i++) {
                    var number = i + ") ";
                    var item = read(indent + " ".repeat(number.length()));
                    lines.append(i == 1 ? "" : "\n" + indent).append(number).append(item);
                }
                yield lines.toString();
            }
            default -> throw new IOException("not a RESP reply: " + line);
        };
    }

    private String bulk(int length) throws IOException {
        var data = in.readNBytes(length + 2);
        if (data.length < length + 2) {
            throw new EOFException("the server closed in the middle of a reply");
        }
        return new String(data, 0, length, StandardCharsets.UTF_8);
    }

    private String line() throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new EOFException("the server closed the connection");
            }
            line.write(b);
        }
        var text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

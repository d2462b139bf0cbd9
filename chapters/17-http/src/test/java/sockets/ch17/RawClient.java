package sockets.ch17;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The test's end of a connection to the server: bytes out exactly as the test writes them,
 * responses read and parsed by a strict reader of its own, so that a test sees what a client
 * would: where each response ends, and when the server closed.
 */
final class RawClient implements AutoCloseable {

    /** A response as the client read it; header names in lower case. */
    record Response(int status, List<String[]> fields, byte[] body) {

        String field(String name) {
            return fields.stream().filter(f -> f[0].equals(name.toLowerCase(Locale.ROOT))).map(f -> f[1])
                    .findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            var text = new StringBuilder().append(status);
            fields.forEach(f -> text.append('\n').append(f[0]).append(": ").append(f[1]));
            return text.append("\n\n").append(text()).toString();
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static RawClient connect(InetSocketAddress address) {
        try {
            var socket = new Socket();
            socket.connect(address, 5000);
            socket.setSoTimeout(10_000);
            return new RawClient(socket);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to " + address, e);
        }
    }

    /** Over a socket the test connected itself: a TLS one, say. */
    static RawClient over(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        return new RawClient(socket);
    }

    Socket socket() {
        return socket;
    }

    RawClient send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    RawClient send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** A GET of {@code path} with a Host field, and its response. */
    Response get(String path) throws IOException {
        send("GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n");
        return read();
    }

    /** The next response, its body framed by its fields. */
    Response read() throws IOException {
        return read(true);
    }

    /** The next response to a HEAD: fields that describe a body that does not come. */
    Response readHead() throws IOException {
        return read(false);
    }

    private Response read(boolean bodyFollows) throws IOException {
        var statusLine = line();
        if (statusLine == null) {
            throw new IOException("the server closed the connection before a response");
        }
        if (!statusLine.matches("HTTP/1\\.1 [1-5][0-9][0-9] .*")) {
            throw new IOException("not a status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        var fields = new ArrayList<String[]>();
        for (var line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            fields.add(new String[] {line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip()});
        }
        var response = new Response(status, fields, new byte[0]);
        if (!bodyFollows || status == 304 || status < 200) {
            return response;
        }
        if ("chunked".equals(response.field("transfer-encoding"))) {
            return new Response(status, fields, chunked());
        }
        var length = response.field("content-length");
        return new Response(status, fields, length == null ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length)));
    }

    private byte[] chunked() throws IOException {
        var body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(), 16); size > 0; size = Integer.parseInt(line(), 16)) {
            body.write(in.readNBytes(size));
            if (!line().isEmpty()) {
                throw new IOException("chunk data longer than its size");
            }
        }
        if (!line().isEmpty()) {
            throw new IOException("trailer fields after the last chunk");
        }
        return body.toByteArray();
    }

    /** A line ended by CRLF, without it; null at end of stream before any byte. */
    private String line() throws IOException {
        var bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
            }
            bytes.write(b);
        }
        var text = bytes.toString(StandardCharsets.ISO_8859_1);
        if (!text.endsWith("\r")) {
            throw new IOException("a line without CR: " + text);
        }
        return text.substring(0, text.length() - 1);
    }

    /** True when the server has closed its side: the next read is end of stream (or a reset). */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

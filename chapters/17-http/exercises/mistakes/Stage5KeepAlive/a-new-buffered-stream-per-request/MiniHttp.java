package sockets.ch17.exercises;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reference for every stage: a virtual thread per connection, requests read from one
 * buffered byte stream up to their blank line, bodies by Content-Length or chunks, files served
 * from a folder and nothing outside it, the connection kept alive until a side says close.
 */
public final class MiniHttp {

    static final int MAX_LINE = 8 * 1024;
    static final int MAX_FIELDS = 100;
    static final int MAX_BODY = 1024 * 1024;

    /** A request the server refuses: its status and reason, sent before the close. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }

    private record Request(String method, String target, String version, Map<String, String> fields, byte[] body) {
        String field(String name) {
            return fields.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private record Response(int status, String reason, String type, byte[] body) {
        static Response text(int status, String reason, String text) {
            return new Response(status, reason, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final Response NOT_FOUND = Response.text(404, "Not Found", "");

    private MiniHttp() {
    }

    public static void serve(ServerSocket listener, Path folder) throws IOException {
        var root = folder.toRealPath();                     // the folder as the kernel sees it, links followed
        while (true) {
            var client = listener.accept();
            Thread.ofVirtual().start(() -> {
                try (client) {
                    converse(client, root);
                } catch (IOException gone) {
                    // this client only
                }
            });
        }
    }

    private static void converse(Socket client, Path root) throws IOException {
        client.setSoTimeout(10_000);                        // an idle or stalled client goes after 10 s
        var out = new BufferedOutputStream(client.getOutputStream());
        while (true) {
            var in = new BufferedInputStream(client.getInputStream());
            Request request;
            try {
                request = read(in);
            } catch (EOFException end) {
                return;
            } catch (Refused refused) {
                write(out, new Response(refused.status, refused.getMessage(), "text/plain", new byte[0]), true);
                goodbye(client);
                return;
            }
            boolean close = closes(request);
            write(out, route(request, root), close);
            if (close) {
                return;
            }
        }
    }

    /**
     * After a refusal: our FIN, then what the client still sends read and dropped (64 KiB, a
     * second at most), so that close() does not answer its unread bytes with an RST that could
     * destroy the response before the client reads it.
     */
    private static void goodbye(Socket client) throws IOException {
        client.shutdownOutput();
        client.setSoTimeout(1000);
        try {
            client.getInputStream().readNBytes(64 * 1024);
        } catch (java.net.SocketTimeoutException lingered) {
            // the client kept its end open: close anyway
        }
    }

    private static boolean closes(Request request) {
        var options = request.field("Connection").toLowerCase(Locale.ROOT);
        if (request.version().equals("HTTP/1.0")) {
            return !options.contains("keep-alive");
        }
        return options.contains("close");
    }

    private static Response route(Request request, Path root) throws IOException {
        var path = request.target().split("\\?", 2)[0];
        if (path.equals("/")) {
            return Response.text(200, "OK", "");
        }
        if (path.equals("/echo") && request.method().equals("POST")) {
            return new Response(200, "OK", "application/octet-stream", request.body());
        }
        if (path.startsWith("/echo/")) {
            try {
                return Response.text(200, "OK", URLDecoder.decode(path.substring("/echo/".length()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException badEscape) {
                return Response.text(400, "Bad Request", "");
            }
        }
        if (path.equals("/user-agent")) {
            return Response.text(200, "OK", request.field("User-Agent"));
        }
        if (path.startsWith("/files/")) {
            return file(root, path.substring("/files/".length()));
        }
        return NOT_FOUND;
    }

    /** Decoded first, then joined, normalised, resolved to its real path and checked by whole names. */
    private static Response file(Path root, String encoded) throws IOException {
        Path file;
        try {
            var name = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            file = root.resolve(name).normalize();
            if (!file.startsWith(root)) {                   // an absolute path or a .. that climbs out
                return NOT_FOUND;
            }
            file = file.toRealPath();                       // realpath(3): symbolic links followed
        } catch (IllegalArgumentException | NoSuchFileException e) {    // a bad %XX escape, a NUL, no such file
            return NOT_FOUND;
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return NOT_FOUND;
        }
        return new Response(200, "OK", "application/octet-stream", Files.readAllBytes(file));
    }

    private static void write(OutputStream out, Response response, boolean close) throws IOException {
        var head = "HTTP/1.1 " + response.status() + " " + response.reason() + "\r\n"
                + "Content-Type: " + response.type() + "\r\n"
                + "Content-Length: " + response.body().length + "\r\n"       // bytes, not characters
                + (close ? "Connection: close\r\n" : "")
                + "\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(response.body());
        out.flush();
    }

    // request-line CRLF, then field CRLF until an empty line, then the body its fields announce
    private static Request read(InputStream in) throws IOException, Refused {
        var requestLine = line(in);
        var parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new Refused(400, "Bad Request");
        }
        var fields = new HashMap<String, String>();
        for (var field = line(in); !field.isEmpty(); field = line(in)) {
            int colon = field.indexOf(':');                 // the first colon: a value may hold more
            if (colon <= 0 || fields.size() == MAX_FIELDS) {
                throw new Refused(400, "Bad Request");
            }
            fields.put(field.substring(0, colon).strip().toLowerCase(Locale.ROOT), field.substring(colon + 1).strip());
        }
        return new Request(parts[0], parts[1], parts[2], fields, body(in, fields));
    }

    private static byte[] body(InputStream in, Map<String, String> fields) throws IOException, Refused {
        var length = fields.get("content-length");
        var encoding = fields.get("transfer-encoding");
        if (length != null && encoding != null) {
            throw new Refused(400, "Bad Request");          // two framings: request smuggling
        }
        if (encoding != null) {
            if (!encoding.equalsIgnoreCase("chunked")) {
                throw new Refused(501, "Not Implemented");
            }
            return chunked(in);
        }
        if (length == null) {
            return new byte[0];
        }
        if (!length.matches("[0-9]{1,10}")) {
            throw new Refused(400, "Bad Request");
        }
        long n = Long.parseLong(length);
        if (n > MAX_BODY) {                                 // checked before a byte of it is read
            throw new Refused(413, "Content Too Large");
        }
        return exactly(in, (int) n);
    }

    // size in hex [;extension] CRLF, data CRLF, ... 0 CRLF, trailer fields, CRLF
    private static byte[] chunked(InputStream in) throws IOException, Refused {
        var body = new ByteArrayOutputStream();
        while (true) {
            var size = line(in).split(";", 2)[0].strip();
            if (!size.matches("[0-9A-Fa-f]{1,7}")) {
                throw new Refused(400, "Bad Request");
            }
            int n = Integer.parseInt(size, 16);
            if (body.size() + n > MAX_BODY) {
                throw new Refused(413, "Content Too Large");
            }
            if (n == 0) {
                break;
            }
            body.writeBytes(exactly(in, n));
            if (!line(in).isEmpty()) {
                throw new Refused(400, "Bad Request");
            }
        }
        for (int trailers = 0; !line(in).isEmpty(); trailers++) {
            if (trailers == MAX_FIELDS) {
                throw new Refused(400, "Bad Request");
            }
        }
        return body.toByteArray();
    }

    private static byte[] exactly(InputStream in, int n) throws IOException {
        var bytes = in.readNBytes(n);                       // loops over read until n bytes or the end
        if (bytes.length < n) {
            throw new EOFException();
        }
        return bytes;
    }

    /** A line up to CRLF, as bytes taken one at a time from the buffer; longer than MAX_LINE is 400. */
    private static String line(InputStream in) throws IOException, Refused {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new EOFException();
            }
            if (line.size() == MAX_LINE) {
                throw new Refused(400, "Bad Request");
            }
            line.write(b);
        }
        var text = line.toString(StandardCharsets.ISO_8859_1);
        if (!text.endsWith("\r")) {
            throw new Refused(400, "Bad Request");          // LF alone: RFC 9112 lets a server refuse it
        }
        return text.substring(0, text.length() - 1);
    }
}

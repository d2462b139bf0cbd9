package sockets.ch17;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Responses as bytes: the status line, the header fields, a blank line, the body. Every
 * response says how its body ends (Content-Length, chunked, or a closed connection announced
 * by Connection: close), or the client could not tell where the next response starts.
 */
final class ResponseWriter {

    /** Content-Length for a body the server does not know the length of in advance. */
    static final long CHUNKED = -1;
    /** No body and no length: 304 and the 1xx responses. */
    static final long NO_BODY = -2;

    /** IMF-fixdate, RFC 9110 5.6.7: Sun, 06 Nov 1994 08:49:37 GMT. */
    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(100, "Continue"), Map.entry(200, "OK"), Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"), Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(417, "Expectation Failed"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(505, "HTTP Version Not Supported"));

    /**
     * A second and its text as HTTP writes it. Formatting a date is the costliest step of a
     * small response's head, and most responses carry the same seconds as the one before: the
     * Date field's now, and a file's Last-Modified. So the last one is kept, and reused while
     * the same second is asked for: the text of a second never changes.
     */
    record Stamp(long second, String text) {

        static final Stamp NONE = new Stamp(Long.MIN_VALUE, "");

        static Stamp of(long second) {
            return new Stamp(second, HTTP_DATE.format(Instant.ofEpochSecond(second)));
        }
    }

    private static volatile Stamp date = Stamp.NONE;

    private final OutputStream out;
    /** HTTP/1.0 closes unless told otherwise: a kept connection is said so to such a client. */
    private boolean toHttp10;

    ResponseWriter(OutputStream out) {
        this.out = out;
    }

    // tag::head[]
    /** The status line and the fields; {@code extra} are "Name: value" lines of the caller's. */
    void head(int status, long length, boolean close, String... extra) throws IOException {
        var head = new StringBuilder(256).append("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "Unknown")).append("\r\n")
                .append("Date: ").append(now()).append("\r\n")
                .append("Server: workbook-ch17\r\n");
        for (var field : extra) {
            head.append(field).append("\r\n");
        }
        if (length >= 0) {
            head.append("Content-Length: ").append(length).append("\r\n");
        } else if (length == CHUNKED) {
            head.append("Transfer-Encoding: chunked\r\n");
        }
        if (close) {
            head.append("Connection: close\r\n");
        } else if (toHttp10) {
            head.append("Connection: keep-alive\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }
    // end::head[]

    private static String now() {
        long second = System.currentTimeMillis() / 1000;
        var stamp = date;
        if (stamp.second() != second) {
            stamp = Stamp.of(second);
            date = stamp;                    // a volatile write once a second, not once a response
        }
        return stamp.text();
    }

    /** Whether the request being answered is HTTP/1.0. */
    void answering(Request request) {
        toHttp10 = request.version().equals("HTTP/1.0");
    }

    /** The body's bytes after a head with a Content-Length. */
    OutputStream body() {
        return out;
    }

    // tag::chunk[]
    /** One chunk: its size in hex, CRLF, the bytes, CRLF. An empty chunk would end the body. */
    void chunk(byte[] bytes) throws IOException {
        if (bytes.length > 0) {
            var size = Integer.toHexString(bytes.length) + "\r\n";
            out.write(size.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write(new byte[] {'\r', '\n'});
        }
    }

    /** The last chunk, of size 0, and no trailer fields. */
    void lastChunk() throws IOException {
        out.write(new byte[] {'0', '\r', '\n', '\r', '\n'});
    }
    // end::chunk[]

    /** 100 Continue: the client may send the body it is holding back. */
    void interimContinue() throws IOException {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** A short text page for an error status. */
    void error(int status, String why, boolean withBody, boolean close, String... extra) throws IOException {
        var text = (status + " " + REASONS.getOrDefault(status, "Unknown") + ": " + why + "\n")
                .getBytes(StandardCharsets.UTF_8);
        var fields = new String[extra.length + 1];
        fields[0] = "Content-Type: text/plain; charset=utf-8";
        System.arraycopy(extra, 0, fields, 1, extra.length);
        head(status, text.length, close, fields);
        if (withBody) {
            out.write(text);
        }
    }

    void flush() throws IOException {
        out.flush();
    }
}

package sockets.ch17;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a request's body ends, and the body itself. RFC 9112 6.3 gives two framings, a
 * Content-Length or Transfer-Encoding: chunked; no field means no body. A request that offers
 * both, or two different lengths, is refused: a proxy that trusts one and a server that trusts
 * the other see two different requests in the same bytes (request smuggling).
 */
final class BodyReader {

    /** The framing of a request without Content-Length that is chunked. */
    static final long CHUNKED = -1;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{1,15}");

    private BodyReader() {
    }

    // tag::framing[]
    /** The body's length by Content-Length, {@link #CHUNKED}, or 0 when there is no body. */
    static long framing(Request request) throws HttpError {
        var encodings = request.values("Transfer-Encoding");
        var lengths = request.values("Content-Length").stream()
                .flatMap(v -> List.of(v.split(",", -1)).stream()).map(String::strip)
                .distinct().toList();
        if (!encodings.isEmpty() && !lengths.isEmpty()) {
            throw new HttpError(400, "both Content-Length and Transfer-Encoding");
        }
        if (!encodings.isEmpty()) {
            if (request.version().equals("HTTP/1.0")) {
                throw new HttpError(400, "Transfer-Encoding in an HTTP/1.0 request");
            }
            if (!String.join(",", encodings).strip().equalsIgnoreCase("chunked")) {
                throw new HttpError(501, "a transfer coding other than chunked");
            }
            return CHUNKED;
        }
        if (lengths.size() > 1) {
            throw new HttpError(400, "two different Content-Lengths");
        }
        if (lengths.isEmpty()) {
            return 0;
        }
        if (!DIGITS.matcher(lengths.getFirst()).matches()) {
            throw new HttpError(400, "a Content-Length that is not a number");
        }
        return Long.parseLong(lengths.getFirst());
    }
    // end::framing[]

    /** Reads the body the framing announced, at most {@code max} bytes of it. */
    static byte[] read(long framing, SocketInput in, Limits limits, Deadline deadline)
            throws IOException, HttpError {
        if (framing > limits.maxBody()) {
            throw new HttpError(413, "a body over " + limits.maxBody() + " bytes");
        }
        return framing == CHUNKED ? chunked(in, limits, deadline) : exactly((int) framing, in, deadline);
    }

    private static byte[] exactly(int length, SocketInput in, Deadline deadline) throws IOException, HttpError {
        var body = new byte[length];
        for (int got = 0; got < length; ) {
            int n = in.read(body, got, length - got, deadline);
            if (n < 0) {
                throw new HttpError(400, "the connection ended inside the body");
            }
            got += n;
        }
        return body;
    }

    // tag::chunked[]
    /** chunk = size in hex [; extensions] CRLF, data CRLF; size 0 ends, then trailers. */
    private static byte[] chunked(SocketInput in, Limits limits, Deadline deadline)
            throws IOException, HttpError {
        var body = new ByteArrayOutputStream();
        while (true) {
            var line = new String(in.line(256, 400, deadline), StandardCharsets.ISO_8859_1);
            var size = line.split(";", 2)[0].strip();
            if (!HEX.matcher(size).matches()) {
                throw new HttpError(400, "a chunk size that is not a hexadecimal number");
            }
            long length = Long.parseLong(size, 16);
            if (body.size() + length > limits.maxBody()) {
                throw new HttpError(413, "a chunked body over " + limits.maxBody() + " bytes");
            }
            if (length == 0) {
                break;
            }
            body.writeBytes(exactly((int) length, in, deadline));
            if (in.line(0, 400, deadline).length != 0) {                   // CRLF after the data
                throw new HttpError(400, "chunk data longer than its size");
            }
        }
        int trailers = 0;          // fields after the last chunk: read, bounded, and not used
        while (in.line(limits.requestLine(), 431, deadline).length != 0) {
            if (++trailers > limits.headerCount()) {
                throw new HttpError(431, "too many trailer fields");
            }
        }
        return body.toByteArray();
    }
    // end::chunked[]
}

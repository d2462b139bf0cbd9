package sockets.ch17;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * The request line and the header section, read from the byte stream as RFC 9112 says, each
 * within its limit and the whole within one deadline. Anything that is not HTTP is refused
 * with 400 rather than guessed at: a server that reads a request otherwise than the proxy in
 * front of it is how requests are smuggled past the proxy.
 */
final class RequestReader {

    /** The marks a token may hold besides letters and digits (RFC 9110 5.6.2). */
    private static final String MARKS = "!#$%&'*+-.^_`|~";

    private RequestReader() {
    }

    // tag::read[]
    static Request read(SocketInput in, Limits limits, Deadline deadline)
            throws IOException, HttpError {
        var line = text(in.line(limits.requestLine(), 414, deadline));
        if (line.isEmpty()) {       // RFC 9112 2.2: one empty line before a request is forgiven
            line = text(in.line(limits.requestLine(), 414, deadline));
        }
        var parts = line.split(" ", -1);
        if (parts.length != 3 || !token(parts[0]) || !visible(parts[1])) {
            throw new HttpError(400, "a request line that is not METHOD TARGET VERSION");
        }
        var fields = new ArrayList<Request.Field>();
        int used = 0;
        while (true) {
            var bytes = in.line(limits.requestLine(), 431, deadline);
            if (bytes.length == 0) {
                break;                                             // the blank line: headers end
            }
            used += bytes.length + 2;
            if (used > limits.headerSection() || fields.size() == limits.headerCount()) {
                throw new HttpError(431, "a header section over its limit");
            }
            fields.add(field(bytes));
        }
        var request = new Request(parts[0], parts[1], version(parts[2]), fields, new byte[0]);
        if (request.version().equals("HTTP/1.1") && request.values("Host").size() != 1) {
            throw new HttpError(400, "an HTTP/1.1 request needs one Host field");    // RFC 9112 3.2
        }
        return request;
    }
    // end::read[]

    // tag::field[]
    /** name ":" OWS value OWS; no space before the colon, no folded lines, no control bytes. */
    private static Request.Field field(byte[] bytes) throws HttpError {
        var line = new String(bytes, StandardCharsets.ISO_8859_1);
        int colon = line.indexOf(':');
        if (colon < 0 || !token(line.substring(0, colon))) {
            throw new HttpError(400, "a header line that is not NAME: VALUE");
        }
        var value = line.substring(colon + 1).strip();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // NUL, CR, LF, the other controls: nothing that ends a line for some other reader
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new HttpError(400, "a control byte in " + line.substring(0, colon));
            }
        }
        return new Request.Field(line.substring(0, colon), value);
    }
    // end::field[]

    /** HTTP/1.1 and HTTP/1.0 are served; another 1.x is read as 1.1; HTTP/2 and the rest are 505. */
    private static String version(String text) throws HttpError {
        if (text.length() != 8 || !text.startsWith("HTTP/") || text.charAt(6) != '.'
                || !isDigit(text.charAt(5)) || !isDigit(text.charAt(7))) {
            throw new HttpError(400, "a version that is not HTTP/x.y");
        }
        if (text.charAt(5) != '1') {
            throw new HttpError(505, text + " is not spoken here");
        }
        return text.charAt(7) == '0' ? "HTTP/1.0" : "HTTP/1.1";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A method or a field name: letters, digits and a few marks, at least one. */
    static boolean token(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c < 0x7f
                && (Character.isLetterOrDigit(c) || MARKS.indexOf(c) >= 0));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Printable ASCII only, and something: a target never holds a space or a control byte. */
    private static boolean visible(String target) {
        return !target.isEmpty() && target.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}

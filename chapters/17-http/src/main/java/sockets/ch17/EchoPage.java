package sockets.ch17;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The one dynamic route, {@code /echo}: a page that shows the request as the server parsed
 * it, the request line, each field, and the body (the form on the chapter's page posts here).
 * Its length is not known before it is made, the case chunked responses exist for; each part
 * goes out as a chunk, to an HTTP/1.0 client (which knows no chunks) as one body with a length.
 */
final class EchoPage {

    static final String PATH = "/echo";

    private EchoPage() {
    }

    // tag::echo[]
    static void serve(Request request, ResponseWriter out, boolean close) throws IOException {
        var parts = new byte[][] {
            line(request.method() + " " + request.target() + " " + request.version()),
            fields(request),
            line(""),
            request.body()};
        var type = "Content-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff";
        boolean withBody = !request.method().equals("HEAD");
        if (request.version().equals("HTTP/1.0")) {
            var whole = new java.io.ByteArrayOutputStream();
            for (var part : parts) {
                whole.writeBytes(part);
            }
            out.head(200, whole.size(), close, type);
            if (withBody) {
                whole.writeTo(out.body());
            }
            return;
        }
        out.head(200, ResponseWriter.CHUNKED, close, type);
        if (withBody) {
            for (var part : parts) {
                out.chunk(part);
            }
            out.lastChunk();
        }
    }
    // end::echo[]

    private static byte[] fields(Request request) {
        var text = new StringBuilder();
        for (var field : request.fields()) {
            text.append(field.name()).append(": ").append(field.value()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] line(String text) {
        return (text + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}

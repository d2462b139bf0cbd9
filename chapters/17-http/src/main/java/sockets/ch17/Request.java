package sockets.ch17;

import java.util.ArrayList;
import java.util.List;

/**
 * A request as the server parsed it: the request line's three parts, the header fields in
 * the order they came (a name may come more than once), and the body once it is read.
 */
record Request(String method, String target, String version, List<Field> fields, byte[] body) {

    /** One header field; the name keeps the client's case, and is compared without it. */
    record Field(String name, String value) {
    }

    Request withBody(byte[] bytes) {
        return new Request(method, target, version, fields, bytes);
    }

    /** Every value of the fields named {@code name}, in order. */
    List<String> values(String name) {
        var values = new ArrayList<String>(1);
        for (var field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                values.add(field.value());
            }
        }
        return values;
    }

    /** The one value of a field, or null; several different values are 400. */
    String value(String name) throws HttpError {
        var values = values(name);
        if (values.stream().distinct().count() > 1) {
            throw new HttpError(400, "two different " + name + " fields");
        }
        return values.isEmpty() ? null : values.getFirst();
    }

    /** Whether a comma-separated field holds {@code token}: Connection: keep-alive, Upgrade. */
    boolean has(String name, String token) {
        return values(name).stream().flatMap(v -> List.of(v.split(",")).stream())
                .anyMatch(t -> t.strip().equalsIgnoreCase(token));
    }

    /** HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it. */
    boolean keepAlive() {
        return version.equals("HTTP/1.1") ? !has("Connection", "close") : has("Connection", "keep-alive");
    }

    /** The path of the target, before any query: still percent-encoded. */
    String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }
}

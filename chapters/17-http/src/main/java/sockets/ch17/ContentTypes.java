package sockets.ch17;

import java.util.Locale;
import java.util.Map;

/**
 * The media type of a file, by its extension, for the Content-Type field: a browser renders a
 * stylesheet only when it says text/css, and runs a script only when it says JavaScript.
 */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpg", "image/jpeg",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8",
            "json", "application/json");

    private ContentTypes() {
    }

    /** What the name's extension says; bytes of no known kind are application/octet-stream. */
    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        var extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}

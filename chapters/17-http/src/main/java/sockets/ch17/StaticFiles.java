package sockets.ch17;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The files under one folder, and nothing outside it. The names come checked from
 * {@link TargetPath}; each is then looked up under the folder's real path without following
 * a symbolic link, and a link is followed only to check that it leads inside: one that leads
 * out is 404.
 */
final class StaticFiles {

    private final Path root;
    /** The root and its attributes: every name is looked up from here. */
    private final Found top;
    private volatile ResponseWriter.Stamp modifiedStamp = ResponseWriter.Stamp.NONE;

    StaticFiles(Path folder) throws IOException {
        this.root = folder.toRealPath();                    // realpath(3), once
        this.top = new Found(root, Files.readAttributes(root, BasicFileAttributes.class));
    }

    // tag::resolve[]
    /** A file or folder inside the root, and its attributes: what stat(2) said of it. */
    record Found(Path file, BasicFileAttributes attributes) {
    }

    /** The regular file a target names inside the root (index.html for a folder), or 404. */
    Found resolve(String target) throws HttpError, IOException {
        var found = top;                                         // the root, a real path
        for (var name : TargetPath.segments(target)) {
            if (!found.attributes().isDirectory()) {
                throw new HttpError(404, "no such file");        // a name under a file
            }
            found = look(found.file().resolve(name));
        }
        if (found.attributes().isDirectory()) {
            found = look(found.file().resolve("index.html"));
        }
        if (!found.attributes().isRegularFile()) {
            throw new HttpError(404, "no such file");
        }
        return found;
    }

    /**
     * One more name, with lstat(2), which does not follow a symbolic link but says it is one.
     * Only a link is followed, realpath(3), and where it leads must still lie inside the root.
     */
    private Found look(Path file) throws HttpError, IOException {
        try {
            var attributes = Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW_LINKS);
            if (!attributes.isSymbolicLink()) {
                return new Found(file, attributes);
            }
            var real = file.toRealPath();
            if (!real.startsWith(root)) {
                throw new HttpError(404, "no such file");
            }
            return new Found(real, Files.readAttributes(real, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            throw new HttpError(404, "no such file");
        }
    }
    // end::resolve[]

    // tag::serve[]
    /** GET or HEAD of a file: 200 with its bytes, or 304 when the client's copy is current. */
    void serve(Request request, ResponseWriter out, boolean close) throws HttpError, IOException {
        var found = resolve(request.target());
        var file = found.file();
        var attributes = found.attributes();          // the lstat(2) resolve made: no other
        long size = attributes.size();
        var modified = attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        var etag = "\"" + Long.toHexString(size) + "-"
                + Long.toHexString(modified.getEpochSecond()) + "\"";
        var validators = new String[] {"ETag: " + etag,
                "Last-Modified: " + lastModified(modified)};
        if (current(request, etag, modified)) {
            out.head(304, ResponseWriter.NO_BODY, close, validators);
            return;
        }
        var type = "Content-Type: " + ContentTypes.of(file.getFileName().toString());
        out.head(200, size, close, type, validators[0], validators[1]);
        if (request.method().equals("GET")) {
            try (var in = Files.newInputStream(file)) {
                copy(in, size, out.body());      // a small file in one read(2); else 16 KiB each
            }
        }
    }
    // end::serve[]

    /** The Last-Modified text; the files of a folder often share their second. */
    private String lastModified(Instant modified) {
        var stamp = modifiedStamp;
        if (stamp.second() != modified.getEpochSecond()) {
            stamp = ResponseWriter.Stamp.of(modified.getEpochSecond());
            modifiedStamp = stamp;
        }
        return stamp.text();
    }

    /** Exactly {@code size} bytes, as Content-Length promised, even if the file changed meanwhile. */
    private static void copy(java.io.InputStream in, long size, java.io.OutputStream out) throws IOException {
        var buffer = new byte[(int) Math.min(size, 16384)];
        for (long left = size; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(left, buffer.length));
            if (n < 0) {
                throw new IOException("the file shrank while it was sent");   // the client sees the close
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    // tag::conditional[]
    /** If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2); a bad date is ignored. */
    private static boolean current(Request request, String etag, Instant modified) {
        var tags = request.values("If-None-Match");
        if (!tags.isEmpty()) {
            return tags.stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                    .map(t -> t.strip().replaceFirst("^W/", ""))
                    .anyMatch(t -> t.equals(etag) || t.equals("*"));
        }
        var since = request.values("If-Modified-Since");
        if (since.size() != 1) {
            return false;
        }
        try {
            var date = ZonedDateTime.parse(since.getFirst(), ResponseWriter.HTTP_DATE).toInstant();
            return !modified.isAfter(date);
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }
    // end::conditional[]
}

package sockets.ch17;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The path of a request's target as a list of names, decoded and checked before any of them
 * touches the file system. The check runs on the decoded names: {@code %2e%2e} is {@code ..}
 * once decoded, and a check on the encoded text would let it through.
 */
final class TargetPath {

    private TargetPath() {
    }

    // tag::segments[]
    /** "/css/site.css" is [css, site.css]; "..", ".", a backslash, a colon or NUL is 400. */
    static List<String> segments(String target) throws HttpError {
        var path = originForm(target);
        var names = new ArrayList<String>();
        for (var encoded : path.split("/")) {
            var name = decode(encoded);
            if (name.equals("..") || name.equals(".")) {
                throw new HttpError(400, "a path that climbs with . or ..");
            }
            // '\' and ':' separate and root paths on Windows (C:\, \\server\), NUL ends a C string
            if (name.contains("\\") || name.contains(":") || name.contains("/")
                    || name.indexOf('\0') >= 0) {
                throw new HttpError(400, "a path name with a separator or NUL inside");
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
    // end::segments[]

    /** The path of origin-form (/a/b?q) or absolute-form (http://host/a/b?q), without the query. */
    private static String originForm(String target) throws HttpError {
        var lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int slash = target.indexOf('/', lower.indexOf("//") + 2);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        if (!target.startsWith("/")) {
            throw new HttpError(400, "a target that is not a path");
        }
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** %XX to bytes, then the bytes as UTF-8; a bad escape or bad UTF-8 is 400. */
    private static String decode(String encoded) throws HttpError {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1))
                    || !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
                throw new HttpError(400, "a % not followed by two hexadecimal digits");
            }
            bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new HttpError(400, "a path that is not UTF-8");
        }
    }
}

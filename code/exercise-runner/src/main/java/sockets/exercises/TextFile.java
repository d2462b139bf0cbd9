package sockets.exercises;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A checked-in text file as its words, whatever line endings the checkout gave it. Git for
 * Windows with {@code core.autocrlf=true}, a zip opened on Windows or an editor's setting can
 * turn every LF into CRLF: a file so changed is the same file to a student and to the grader, so
 * comparisons and checksums read the text with each CRLF taken as LF.
 */
public final class TextFile {

    private TextFile() {
    }

    /** The file's bytes with every CR LF pair replaced by LF. */
    public static byte[] normalised(Path file) throws IOException {
        var bytes = Files.readAllBytes(file);
        var out = new byte[bytes.length];
        int length = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                continue;
            }
            out[length++] = bytes[i];
        }
        return Arrays.copyOf(out, length);
    }

    /** Whether two files hold the same text, line endings aside. */
    public static boolean same(Path a, Path b) throws IOException {
        return Arrays.equals(normalised(a), normalised(b));
    }

    /** The SHA-256 of the file's text with LF line endings: what sha256sum prints for an LF checkout. */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

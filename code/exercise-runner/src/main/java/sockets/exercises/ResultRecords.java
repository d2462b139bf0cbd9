package sockets.exercises;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The records a grading child sends its parent, one line each, signed with a key only the two
 * of them know: {@code SEQ TAB KIND (TAB BASE64-FIELD)* TAB HMAC}. The HMAC-SHA256 covers the
 * sequence number, so a record cannot be replayed, dropped or moved without the parent seeing
 * it. Whoever holds an instance can sign: the child keeps it in a local of its main method only,
 * where a student's code, running on other threads, has no reference to reach it by.
 */
final class ResultRecords {

    static final String TEST = "test";
    static final String EXERCISE = "exercise";
    static final String END = "end";

    private static final HexFormat HEX = HexFormat.of();

    private final Mac mac;

    private ResultRecords(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no HmacSHA256", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A fresh random key, as the parent sends it on the child's standard input. */
    static String newKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HEX.formatHex(key);
    }

    /** Signs and checks with the key (hex, as {@link #newKey} makes it). */
    static ResultRecords withKey(String hexKey) {
        return new ResultRecords(HEX.parseHex(hexKey.strip()));
    }

    /** One record: what it says, and what it carries. */
    record Record(String kind, List<String> fields) {
    }

    /** The line of the {@code seq}-th record (from 0), ending in a newline. */
    String sign(int seq, String kind, String... fields) {
        var body = new StringBuilder().append(seq).append('\t').append(kind);
        for (var field : fields) {
            body.append('\t').append(Base64.getEncoder().encodeToString(field.getBytes(StandardCharsets.UTF_8)));
        }
        return body + "\t" + hmac(body.toString()) + "\n";
    }

    /** The record a line carries if the key signed it as the {@code seq}-th; empty when it did not. */
    Optional<Record> verify(String line, int seq) {
        var tab = line.lastIndexOf('\t');
        if (tab < 0) {
            return Optional.empty();
        }
        var body = line.substring(0, tab);
        var expected = hmac(body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, line.substring(tab + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        var parts = body.split("\t", -1);
        if (parts.length < 2 || !parts[0].equals(String.valueOf(seq))) {
            return Optional.empty();
        }
        var fields = new ArrayList<String>();
        try {
            for (var field : Arrays.asList(parts).subList(2, parts.length)) {
                fields.add(new String(Base64.getDecoder().decode(field), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        return Optional.of(new Record(parts[1], List.copyOf(fields)));
    }

    private String hmac(String body) {
        synchronized (mac) {
            return HEX.formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        }
    }
}

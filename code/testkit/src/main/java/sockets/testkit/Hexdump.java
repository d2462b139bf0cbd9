package sockets.testkit;

import java.util.HexFormat;

/** Bytes as a reader debugging a protocol wants them: hex on the left, text on the right. */
public final class Hexdump {

    private static final int PER_LINE = 16;

    private Hexdump() {
    }

    /** At most {@code limit} bytes, with a note of how many more there were. */
    public static String format(byte[] bytes, int limit) {
        var out = new StringBuilder();
        var hex = HexFormat.of();
        int shown = Math.min(bytes.length, limit);
        for (int start = 0; start < shown; start += PER_LINE) {
            int end = Math.min(start + PER_LINE, shown);
            var hexPart = new StringBuilder();
            var textPart = new StringBuilder();
            for (int i = start; i < end; i++) {
                hexPart.append(hex.toHexDigits(bytes[i])).append(' ');
                int b = bytes[i] & 0xff;
                textPart.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            out.append(String.format("  %04x  %-48s |%s|%n", start, hexPart, textPart));
        }
        if (bytes.length > shown) {
            out.append("  ... ").append(bytes.length - shown).append(" more bytes\n");
        }
        return out.toString();
    }
}

package sockets.ch16;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

/**
 * A pattern of {@code KEYS} and {@code CONFIG GET}, as Redis reads one: {@code *} any run of
 * bytes, {@code ?} one byte, {@code [abc]}, {@code [^a]} and {@code [a-z]} one byte of a set,
 * and a backslash before any of these to mean it as itself.
 */
final class Glob {

    private final String pattern;

    Glob(byte[] pattern) {
        this.pattern = new String(pattern, ISO_8859_1);
    }

    // tag::matches[]
    /**
     * Whether the pattern matches all of {@code text}. On a mismatch only the last {@code *}
     * takes one more byte: at most pattern times text steps, where trying every split at every
     * star would let a pattern such as {@code *a*a*a*a*b} stall the server.
     */
    boolean matches(String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int starText = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                starText = t;
            } else if (p < pattern.length() && one(p, text.charAt(t)) >= 0) {
                p = one(p, text.charAt(t));
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
    // end::matches[]

    /** Where the pattern goes on if its element at {@code p} matches byte {@code x}, else -1. */
    private int one(int p, char x) {
        char c = pattern.charAt(p);
        if (c == '?') {
            return p + 1;
        }
        if (c == '\\' && p + 1 < pattern.length()) {
            return pattern.charAt(p + 1) == x ? p + 2 : -1;
        }
        if (c != '[') {
            return c == x ? p + 1 : -1;
        }
        int end = p + 1;
        boolean negate = end < pattern.length() && pattern.charAt(end) == '^';
        boolean in = false;
        for (end += negate ? 1 : 0; end < pattern.length() && pattern.charAt(end) != ']'; end++) {
            char from = pattern.charAt(end);
            if (from == '\\' && end + 1 < pattern.length()) {
                from = pattern.charAt(++end);
            }
            char to = from;
            if (end + 2 < pattern.length() && pattern.charAt(end + 1) == '-' && pattern.charAt(end + 2) != ']') {
                to = pattern.charAt(end + 2);
                end += 2;
            }
            in |= Math.min(from, to) <= x && x <= Math.max(from, to);
        }
        return in != negate ? Math.min(end + 1, pattern.length()) : -1;
    }
}

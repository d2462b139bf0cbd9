package sockets.ch16;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One client's replies, in RESP, waiting to be sent: {@code +OK}, {@code -ERR ...},
 * {@code :42}, {@code $5 hello}, {@code $-1} (nil) and {@code *N} arrays. The command core
 * writes here and never touches a socket; each design sends the bytes its own way.
 */
final class Replies {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] NIL = "$-1\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SMALL = 4096;

    // The unsent bytes are bytes[start, end): a partial write(2) moves start, a reply moves end.
    private byte[] bytes = new byte[SMALL];
    private int start;
    private int end;
    private final int limit;                    // Limits.maxReplies: never more unsent bytes
    private boolean overflowed;

    Replies(int limit) {
        this.limit = limit;
    }

    // tag::types[]
    void simple(String text) {
        line('+', text);
    }

    void error(String text) {
        // A \r or \n inside would end the line early and desynchronise the client.
        line('-', text.replace('\r', ' ').replace('\n', ' '));
    }

    void integer(long n) {
        line(':', Long.toString(n));
    }

    void array(int count) {
        line('*', Integer.toString(count));
    }

    void nil() {
        put(NIL);
    }

    void bulk(byte[] value) {
        if (value == null) {
            nil();
            return;
        }
        line('$', Integer.toString(value.length));
        put(value);
        put(CRLF);
    }
    // end::types[]

    void bulk(String value) {
        bulk(value.getBytes(StandardCharsets.UTF_8));
    }

    private void line(char type, String text) {
        if (!room(text.length() + 3)) {
            return;
        }
        bytes[end++] = (byte) type;
        // Text here is Latin-1, one char a byte: messages, numbers, and a client's own bytes
        // read as ISO-8859-1 (a key named in an error), which go back exactly as they came.
        for (int i = 0; i < text.length(); i++) {
            bytes[end++] = (byte) text.charAt(i);
        }
        put(CRLF);
    }

    private void put(byte[] b) {
        if (!room(b.length)) {
            return;
        }
        System.arraycopy(b, 0, bytes, end, b.length);
        end += b.length;
    }

    // tag::limit[]
    /** Room for {@code more} bytes, or false, and every unsent byte dropped, past the limit. */
    private boolean room(long more) {
        if (overflowed || end - start + more > limit) {
            overflowed = true;
            start = end = 0;
            bytes = new byte[0];
            return false;
        }
        if (end + more > bytes.length) {
            var bigger = new byte[(int) Math.min(limit,
                    Math.max(2L * bytes.length, end - start + more))];
            System.arraycopy(bytes, start, bigger, 0, end - start);
            bytes = bigger;
            end -= start;
            start = 0;
        }
        return true;
    }

    /** True once a reply went past the limit: the connection closes, as Redis's does. */
    boolean overflowed() {
        return overflowed;
    }

    /** Why the connection closes after an overflow, for the log; null before one. */
    String overflow() {
        return overflowed ? "closed: replies past " + limit
                + " bytes unsent (client-output-buffer-limit)" : null;
    }
    // end::limit[]

    /** Bytes not sent yet: what this client costs the server beyond its command. */
    int unsent() {
        return end - start;
    }

    boolean isEmpty() {
        return start == end;
    }

    byte[] array() {
        return bytes;
    }

    int start() {
        return start;
    }

    /** The unsent bytes, for a channel's write(2). */
    ByteBuffer unsentBytes() {
        return ByteBuffer.wrap(bytes, start, end - start);
    }

    /** The kernel took {@code n} bytes; once all are gone, a grown buffer shrinks back. */
    void sent(int n) {
        start += n;
        if (start == end) {
            start = end = 0;
            if (bytes.length > 16 * SMALL && !overflowed) {
                bytes = new byte[SMALL];
            }
        }
    }
}

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
        room(text.length() + 3);
        bytes[end++] = (byte) type;
        // Text here is Latin-1, one char a byte: messages, numbers, and a client's own bytes
        // read as ISO-8859-1 (a key named in an error), which go back exactly as they came.
        for (int i = 0; i < text.length(); i++) {
            bytes[end++] = (byte) text.charAt(i);
        }
        put(CRLF);
    }

    private void put(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, bytes, end, b.length);
        end += b.length;
    }

    private void room(int more) {
        if (end + more > bytes.length) {
            var bigger = new byte[Math.max(2 * bytes.length, end - start + more)];
            System.arraycopy(bytes, start, bigger, 0, end - start);
            bytes = bigger;
            end -= start;
            start = 0;
        }
    }

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
            start = 0;
            end = 0;
            if (bytes.length > 16 * SMALL) {
                bytes = new byte[SMALL];
            }
        }
    }
}

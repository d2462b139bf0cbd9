package sockets.ch06;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A stream that gives at most one byte per read, as a socket may when the bytes arrive one
 * segment at a time. A reader that works over it does not assume one read is one message.
 * It also counts the bytes read, so a test can prove that a reader stopped early.
 */
final class OneByteAtATimeInputStream extends FilterInputStream {

    private int consumed;

    OneByteAtATimeInputStream(byte[] bytes) {
        super(new ByteArrayInputStream(bytes));
    }

    static OneByteAtATimeInputStream of(String text) {
        return new OneByteAtATimeInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            consumed++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, Math.min(length, 1));
        if (n > 0) {
            consumed += n;
        }
        return n;
    }

    /** How many bytes the reader has taken so far. */
    int consumed() {
        return consumed;
    }
}

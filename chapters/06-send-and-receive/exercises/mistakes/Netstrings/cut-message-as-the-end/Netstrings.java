package sockets.ch06.exercises;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;

/** Netstrings: a message framed as its length in decimal, a colon, the bytes, a comma. */
public final class Netstrings {

    private Netstrings() {
    }

    /** Writes {@code message} as a netstring: {@code hello} becomes {@code 5:hello,}. */
    public static void write(OutputStream out, byte[] message) throws IOException {
        out.write((message.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.write(message);
        out.write(',');
    }

    /**
     * Reads one netstring and returns its bytes, or null if the stream ends before the first
     * byte of one. Throws {@link EOFException} if it ends inside one, and
     * {@link ProtocolException} if the bytes are not a netstring or its length is over
     * {@code maxSize}, before reading the message.
     */
    public static byte[] read(InputStream in, int maxSize) throws IOException {
        int b = in.read();
        if (b == -1) {
            return null;
        }
        long length = 0;
        int digits = 0;
        for (; b != ':'; b = in.read(), digits++) {
            if (b == -1) {
                throw new EOFException("the stream ended inside a netstring's length");
            }
            if (b < '0' || b > '9') {
                throw new ProtocolException("a netstring's length has a byte that is not a digit");
            }
            length = length * 10 + (b - '0');
            if (length > maxSize) {
                throw new ProtocolException("a netstring may have at most " + maxSize + " bytes");
            }
        }
        if (digits == 0) {
            throw new ProtocolException("a netstring starts with its length");
        }
        var message = in.readNBytes((int) length);
        if (message.length < length) {
            return null;
        }
        int comma = in.read();
        if (comma == -1) {
            throw new EOFException("the stream ended before a netstring's comma");
        }
        if (comma != ',') {
            throw new ProtocolException("a netstring ends with a comma");
        }
        return message;
    }
}

package sockets.ch06.exercises;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;

/** Netstrings: a message framed as its length in decimal, a colon, the bytes, a comma. */
public final class Netstrings {

    private Netstrings() {
    }

    /** Writes {@code message} as a netstring: {@code hello} becomes {@code 5:hello,}. */
    public static void write(OutputStream out, byte[] message) throws IOException {
        // TODO(exercise): write the length in decimal ASCII, ':', the message, ','.
        throw new UnsupportedOperationException("Netstrings.write is not written yet");
    }

    /**
     * Reads one netstring and returns its bytes, or null if the stream ends before the first
     * byte of one. Throws {@link EOFException} if it ends inside one, and
     * {@link ProtocolException} if the bytes are not a netstring or its length is over
     * {@code maxSize}, before reading the message.
     */
    public static byte[] read(InputStream in, int maxSize) throws IOException {
        // TODO(exercise): read the digits up to ':', check the length, read exactly that
        // many bytes (one read may return fewer), then the ','.
        throw new UnsupportedOperationException("Netstrings.read is not written yet");
    }
}

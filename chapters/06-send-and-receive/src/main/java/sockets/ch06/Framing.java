package sockets.ch06;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * How messages are cut out of a TCP byte stream. TCP keeps the bytes in order and loses none,
 * but it keeps no boundaries: one write may arrive in many reads, and many writes in one
 * read. So both ends agree on a framing, and the reader loops until it has a whole message.
 */
// tag::framing[]
sealed interface Framing permits LineFraming, LengthPrefixedFraming {

    /**
     * Reads one whole message, however many reads it takes, or returns null when the
     * stream ends cleanly between two messages.
     *
     * @throws TooLarge   when the message is longer than this framing allows
     * @throws java.io.EOFException when the stream ends in the middle of a message
     */
    byte[] read(InputStream in) throws IOException;

    /** Writes one message with its framing; the caller flushes. */
    void write(OutputStream out, byte[] message) throws IOException;

    /** A message over the limit: the reader stops before it buffers it. */
    final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String sentence) {
            super(sentence);
        }
    }
}
// end::framing[]

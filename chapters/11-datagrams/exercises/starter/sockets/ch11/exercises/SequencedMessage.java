package sockets.ch11.exercises;

import java.net.ProtocolException;

/**
 * A datagram that carries its sequence number: 4 bytes, big-endian (network byte order),
 * then the payload. A reply that carries the number of its request cannot be mistaken
 * for the reply to another one.
 */
public record SequencedMessage(int sequence, byte[] payload) {

    /** The datagram's bytes: the sequence number, then the payload. */
    public byte[] encode() {
        // TODO(exercise): 4 bytes of sequence number, high byte first, then the payload.
        throw new UnsupportedOperationException("SequencedMessage.encode is not written yet");
    }

    /**
     * The message in the first {@code length} bytes of {@code data}, as a receive left them.
     *
     * @throws ProtocolException when there are fewer than 4 bytes: no sequence number
     */
    public static SequencedMessage decode(byte[] data, int length) throws ProtocolException {
        // TODO(exercise): read the number from the first 4 bytes; the rest, up to length, is
        // the payload.
        throw new UnsupportedOperationException("SequencedMessage.decode is not written yet");
    }
}

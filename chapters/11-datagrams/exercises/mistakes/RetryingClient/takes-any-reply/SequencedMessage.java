package sockets.ch11.exercises;

import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A datagram that carries its sequence number: 4 bytes, big-endian (network byte order),
 * then the payload. A reply that carries the number of its request cannot be mistaken
 * for the reply to another one.
 */
public record SequencedMessage(int sequence, byte[] payload) {

    /** The datagram's bytes: the sequence number, then the payload. */
    public byte[] encode() {
        // putInt writes big-endian: htonl(3) done by ByteBuffer.
        return ByteBuffer.allocate(4 + payload.length).putInt(sequence).put(payload).array();
    }

    /**
     * The message in the first {@code length} bytes of {@code data}, as a receive left them.
     *
     * @throws ProtocolException when there are fewer than 4 bytes: no sequence number
     */
    public static SequencedMessage decode(byte[] data, int length) throws ProtocolException {
        if (length < 4) {
            throw new ProtocolException("a sequenced message has at least 4 bytes, not " + length);
        }
        // Only the first length bytes: the rest of the array is left over from before.
        var bytes = ByteBuffer.wrap(data, 0, length);
        int sequence = bytes.getInt();
        return new SequencedMessage(sequence, Arrays.copyOfRange(data, 4, length));
    }
}

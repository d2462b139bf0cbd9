package sockets.ch11.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SequencedMessageTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Test
    void the_number_comes_first_in_four_bytes_high_byte_first() {
        var bytes = new SequencedMessage(258, "hi".getBytes(StandardCharsets.US_ASCII)).encode();
        assertEquals("00 00 01 02 68 69", HEX.formatHex(bytes), "258 is 0x00000102 in network byte order, then 'hi'");
    }

    @Test
    void an_empty_payload_is_four_bytes_of_number() {
        assertEquals("ff ff ff ff", HEX.formatHex(new SequencedMessage(-1, new byte[0]).encode()));
    }

    @Test
    void decoding_what_was_encoded_gives_the_number_and_payload_back() throws ProtocolException {
        var bytes = new SequencedMessage(123_456_789, "payload".getBytes(StandardCharsets.UTF_8)).encode();
        var message = SequencedMessage.decode(bytes, bytes.length);
        assertEquals(123_456_789, message.sequence());
        assertArrayEquals("payload".getBytes(StandardCharsets.UTF_8), message.payload());
    }

    @Test
    void decoding_reads_only_the_length_a_receive_filled() throws ProtocolException {
        // A receive buffer: 6 bytes of this datagram, then leftovers of a longer, older one.
        var buffer = HEX.parseHex("00 00 00 07 6f 6b 78 78 78 78");
        var message = SequencedMessage.decode(buffer, 6);
        assertEquals(7, message.sequence());
        assertArrayEquals("ok".getBytes(StandardCharsets.US_ASCII), message.payload(),
                "the payload ends at length (DatagramPacket.getLength()), not at the end of the array");
    }

    @Test
    void fewer_than_four_bytes_is_not_a_sequenced_message() {
        assertThrows(ProtocolException.class, () -> SequencedMessage.decode(new byte[] {0, 0, 1}, 3),
                "3 bytes cannot hold a sequence number");
    }
}

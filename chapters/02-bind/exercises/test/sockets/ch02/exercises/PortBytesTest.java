package sockets.ch02.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class PortBytesTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Test
    void port_8080_is_1f_90_in_network_order() {
        assertArrayEquals(new byte[] {0x1F, (byte) 0x90}, PortBytes.toNetworkOrder(8080),
                "htons(8080): 8080 is 0x1F90, the high byte first");
    }

    @Test
    void every_port_matches_a_big_endian_byte_buffer() {
        for (int port = 0; port <= 65_535; port++) {
            var expected = ByteBuffer.allocate(2).putShort((short) port).array();
            var actual = PortBytes.toNetworkOrder(port);
            if (!java.util.Arrays.equals(expected, actual)) {
                assertEquals(HEX.formatHex(expected), HEX.formatHex(actual), "the bytes of port " + port);
            }
        }
    }

    @Test
    void bytes_above_0x7f_read_back_as_a_port_not_a_negative_number() {
        assertEquals(8080, PortBytes.fromNetworkOrder(new byte[] {0x1F, (byte) 0x90}),
                "ntohs(1f 90): the byte 0x90 is -112 as a Java byte; mask it with 0xFF");
        assertEquals(65_535, PortBytes.fromNetworkOrder(new byte[] {(byte) 0xFF, (byte) 0xFF}), "ntohs(ff ff)");
    }

    @Test
    void every_port_survives_the_round_trip() {
        for (int port = 0; port <= 65_535; port++) {
            var bytes = ByteBuffer.allocate(2).putShort((short) port).array();
            int back = PortBytes.fromNetworkOrder(bytes);
            if (back != port) {
                assertEquals(port, back, "the port read back from " + HEX.formatHex(bytes));
            }
        }
    }

    @Test
    void a_port_that_does_not_fit_in_16_bits_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> PortBytes.toNetworkOrder(70_000),
                "70000 is not a port (C's htons would silently make it 4464)");
        assertThrows(IllegalArgumentException.class, () -> PortBytes.toNetworkOrder(-1), "-1 is not a port");
    }

    @Test
    void anything_but_two_bytes_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> PortBytes.fromNetworkOrder(new byte[] {1, 2, 3}),
                "sin_port is exactly two bytes");
    }
}

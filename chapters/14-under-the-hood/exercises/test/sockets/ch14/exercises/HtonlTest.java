package sockets.ch14.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class HtonlTest {

    private static final int[] VALUES = {0, 1, 0x7F000001, 0xC0A80001, 0xFFFFFFFF, 0x80000000, 0x01020304, 255};

    /** The four bytes an int occupies in this machine's memory, as C would store it. */
    private static byte[] inMemory(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(value).array();
    }

    private static byte[] networkOrder(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN).putInt(value).array();
    }

    @Test
    void htonl_puts_the_most_significant_byte_first_in_memory() {
        for (var value : VALUES) {
            var hex = HexFormat.of();
            assertEquals(hex.formatHex(networkOrder(value)), hex.formatHex(inMemory(Htonl.htonl(value))),
                    "htonl(0x" + Integer.toHexString(value) + ") stored in memory must be its bytes in network"
                            + " order (127.0.0.1 is 7f000001)");
        }
    }

    @Test
    void ntohl_reads_four_network_order_bytes_back_as_the_value() {
        for (var value : VALUES) {
            var asNativeInt = ByteBuffer.wrap(networkOrder(value)).order(ByteOrder.nativeOrder()).getInt();
            assertEquals(value, Htonl.ntohl(asNativeInt),
                    "ntohl of the bytes " + HexFormat.of().formatHex(networkOrder(value))
                            + " read as a native int");
        }
    }

    @Test
    void ntohl_undoes_htonl_and_the_sign_bit_does_not_spread() {
        for (var value : VALUES) {
            assertEquals(value, Htonl.ntohl(Htonl.htonl(value)),
                    "ntohl(htonl(0x" + Integer.toHexString(value) + ")): use >>> and & 0xFF, not >>, a signed shift"
                            + " that spreads the sign bit");
        }
        assertArrayEquals(new byte[] {(byte) 0xC0, (byte) 0xA8, 0, 1}, inMemory(Htonl.htonl(0xC0A80001)),
                "192.168.0.1 has its top bit set: a signed shift would smear it over the other bytes");
    }
}

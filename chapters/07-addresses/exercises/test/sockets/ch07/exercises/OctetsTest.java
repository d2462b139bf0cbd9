package sockets.ch07.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class OctetsTest {

    @Test
    void loopback_is_written_127_0_0_1() {
        assertEquals("127.0.0.1", Octets.toDotted(new byte[] {127, 0, 0, 1}));
    }

    @Test
    void bytes_above_127_are_written_as_numbers_up_to_255() {
        // In Java these bytes are negative: (byte) 192 is -64.
        assertEquals("192.168.0.255", Octets.toDotted(new byte[] {(byte) 192, (byte) 168, 0, (byte) 255}),
                "toDotted({(byte) 192, (byte) 168, 0, (byte) 255}): mask each byte with & 0xFF");
    }

    @Test
    void every_byte_value_in_every_position_matches_the_jdk() throws Exception {
        for (int position = 0; position < 4; position++) {
            for (int value = 0; value < 256; value++) {
                var bytes = new byte[] {10, 20, 30, 40};
                bytes[position] = (byte) value;
                assertEquals(InetAddress.getByAddress(bytes).getHostAddress(), Octets.toDotted(bytes),
                        "byte " + position + " = " + value);
            }
        }
    }

    @Test
    void only_four_bytes_make_an_ipv4_address() {
        assertThrows(IllegalArgumentException.class, () -> Octets.toDotted(new byte[16]),
                "toDotted(new byte[16]): sixteen bytes are an IPv6 address");
    }

    @Test
    void text_becomes_the_bytes_in_network_order() {
        assertArrayEquals(new byte[] {127, 0, 0, 1}, Octets.fromDotted("127.0.0.1"), "fromDotted(\"127.0.0.1\")");
        assertArrayEquals(new byte[] {-1, -1, -1, -1}, Octets.fromDotted("255.255.255.255"),
                "fromDotted(\"255.255.255.255\")");
        assertArrayEquals(new byte[4], Octets.fromDotted("0.0.0.0"), "fromDotted(\"0.0.0.0\")");
    }

    @Test
    void random_addresses_round_trip_and_match_the_jdk() {
        var random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            var bytes = new byte[4];
            random.nextBytes(bytes);
            var text = Octets.toDotted(bytes);
            assertArrayEquals(Inet4Address.ofLiteral(text).getAddress(), Octets.fromDotted(text),
                    "fromDotted(\"" + text + "\")");
        }
    }

    @Test
    void an_octet_above_255_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> Octets.fromDotted("256.0.0.1"),
                "fromDotted(\"256.0.0.1\"): an octet is 0-255");
    }

    @Test
    void only_exactly_four_numbers_are_accepted_as_inet_pton_does() {
        for (var text : new String[] {"1.2.3", "127.1", "1.2.3.4.5", "1..3.4", "", "1.2.3.4."}) {
            assertThrows(IllegalArgumentException.class, () -> Octets.fromDotted(text),
                    "fromDotted(\"" + text + "\"): inet_pton wants four numbers joined by dots");
        }
    }

    @Test
    void a_leading_zero_is_rejected_because_inet_aton_reads_it_as_octal() {
        assertThrows(IllegalArgumentException.class, () -> Octets.fromDotted("010.1.1.1"),
                "fromDotted(\"010.1.1.1\"): inet_aton reads 8.1.1.1, Java's ofLiteral 10.1.1.1");
    }

    @Test
    void anything_but_ascii_digits_is_rejected() {
        for (var text : new String[] {" 1.2.3.4", "1.2.3.4 ", "+1.2.3.4", "1.2.3.-4", "0x7f.0.0.1",
                "\u0661.\u0662.\u0663.\u0664"}) {
            assertThrows(IllegalArgumentException.class, () -> Octets.fromDotted(text),
                    "fromDotted(\"" + text + "\"): only the digits 0-9 and dots");
        }
    }
}

package sockets.ch07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.NetworkInterface;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How the program takes address text apart. Parsing never asks a resolver. */
class ParsedAddressTest {

    @Test
    void an_ipv4_literal_and_its_port_are_split_at_the_colon() throws Exception {
        var parsed = ParsedAddress.parse("127.0.0.1:7");
        assertEquals("127.0.0.1", parsed.host());
        assertEquals(OptionalInt.of(7), parsed.port());
        assertInstanceOf(Inet4Address.class, parsed.literal(), "a literal is read on the spot");
    }

    @Test
    void an_ipv6_literal_with_a_port_is_written_in_brackets() throws Exception {
        var parsed = ParsedAddress.parse("[::1]:9000");
        assertEquals("::1", parsed.host());
        assertEquals(OptionalInt.of(9000), parsed.port());
        assertEquals("0:0:0:0:0:0:0:1", parsed.literal().getHostAddress());
    }

    @Test
    void a_bare_ipv6_literal_has_no_port() throws Exception {
        var parsed = ParsedAddress.parse("::1");
        assertEquals(OptionalInt.empty(), parsed.port());
        assertInstanceOf(Inet6Address.class, parsed.literal());
    }

    @Test
    void without_brackets_every_colon_belongs_to_the_ipv6_address() throws Exception {
        var parsed = ParsedAddress.parse("::1:9000");
        assertEquals(OptionalInt.empty(), parsed.port(), "9000 is the address's last group, not a port");
        assertEquals("0:0:0:0:0:0:1:9000", parsed.literal().getHostAddress());
    }

    @Test
    void an_ipv4_mapped_ipv6_address_becomes_an_Inet4Address() throws Exception {
        var parsed = ParsedAddress.parse("::ffff:127.0.0.1");
        assertInstanceOf(Inet4Address.class, parsed.literal(), "Java unwraps ::ffff:a.b.c.d");
        assertEquals("127.0.0.1", parsed.literal().getHostAddress());
    }

    @Test
    void a_zone_names_an_interface_and_becomes_its_index() throws Exception {
        var lo = NetworkInterface.getByName("lo");
        assumeTrue(lo != null, "needs Linux's loopback interface 'lo'");
        var parsed = ParsedAddress.parse("[fe80::1%lo]:22");
        var address = assertInstanceOf(Inet6Address.class, parsed.literal());
        assertEquals(lo.getIndex(), address.getScopeId(), "sin6_scope_id is if_nametoindex(\"lo\")");
    }

    @Test
    void a_name_is_kept_as_a_name_for_the_lookup() throws Exception {
        var parsed = ParsedAddress.parse("localhost:8080");
        assertTrue(parsed.isName());
        assertNull(parsed.literal());
        assertEquals("localhost", parsed.host());
    }

    @Test
    void a_port_above_65535_is_rejected_with_the_port_named() {
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("host:99999"));
        assertEquals("'host:99999' is rejected: 99999 is not a port (0-65535).", rejected.getMessage());
    }

    @Test
    void port_65535_is_the_highest_port_accepted() throws Exception {
        assertEquals(OptionalInt.of(65_535), ParsedAddress.parse("host:65535").port(), "sin_port holds 16 bits");
    }

    @Test
    void port_65536_is_rejected() {
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("host:65536"));
        assertEquals("'host:65536' is rejected: 65536 is not a port (0-65535).", rejected.getMessage());
    }

    @Test
    void port_0_is_accepted_it_asks_the_kernel_to_choose() throws Exception {
        assertEquals(OptionalInt.of(0), ParsedAddress.parse("127.0.0.1:0").port());
    }

    @Test
    void a_port_has_at_most_five_digits_even_with_leading_zeros() throws Exception {
        assertEquals(OptionalInt.of(80), ParsedAddress.parse("host:00080").port());
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("host:000080"));
        assertEquals("'host:000080' is rejected: 000080 is not a port (0-65535).", rejected.getMessage());
    }

    @Test
    void a_port_is_digits_only_and_never_overflows() {
        for (var port : new String[] {"+80", "-1", "8 0", "99999999999", "0x50"}) {
            var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("host:" + port), port);
            assertEquals("'host:" + port + "' is rejected: " + port + " is not a port (0-65535).", rejected.getMessage());
        }
    }

    @Test
    void a_bracketed_address_with_a_colon_and_no_port_is_rejected() {
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("[::1]:"));
        assertTrue(rejected.getMessage().contains("port after ':' is missing"), rejected.getMessage());
    }

    @Test
    void a_host_name_may_have_253_characters_and_not_254() throws Exception {
        var three = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".";
        var longest = three + "d".repeat(61);
        assertEquals(253, longest.length());
        assertTrue(ParsedAddress.parse(longest + ":80").isName());
        var tooLong = three + "d".repeat(62);
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse(tooLong));
        assertTrue(rejected.getMessage().contains("is not a host name"), rejected.getMessage());
    }

    @Test
    void a_label_may_have_63_characters_and_not_64() throws Exception {
        assertTrue(ParsedAddress.parse("x".repeat(63) + ".example").isName());
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("x".repeat(64) + ".example"));
        assertTrue(rejected.getMessage().contains("is not a host name"), rejected.getMessage());
    }

    @Test
    void a_name_may_end_in_the_roots_dot_and_hyphens_sit_inside_labels() throws Exception {
        assertEquals("localhost.", ParsedAddress.parse("localhost.:80").host());
        assertTrue(ParsedAddress.parse("a-b.c-d").isName());
        assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("ab-.cd"));
    }

    @Test
    void the_highest_ipv4_address_is_accepted_and_an_octet_of_256_is_not() throws Exception {
        assertEquals("255.255.255.255", ParsedAddress.parse("255.255.255.255:1").literal().getHostAddress());
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("1.2.3.256"));
        assertEquals("'1.2.3.256' is rejected: 256 is not an IPv4 octet (0-255).", rejected.getMessage());
    }

    @Test
    void an_octet_too_long_for_an_int_is_named_not_a_crash() {
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("1.2.3.99999999999"));
        assertEquals("'1.2.3.99999999999' is rejected: 99999999999 is not an IPv4 octet (0-255).",
                rejected.getMessage());
    }

    @Test
    void digits_and_dots_that_are_not_four_octets_are_not_an_ipv4_address() {
        for (var text : new String[] {"1.2.3.4.5", "1..3.4", "1.2.3."}) {
            var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse(text), text);
            assertEquals("'" + text + "' is rejected: " + text
                    + " is not an IPv4 address (four numbers 0-255, like 127.0.0.1).", rejected.getMessage());
        }
    }

    @Test
    void a_numeric_zone_is_the_interface_index_itself() throws Exception {
        var address = assertInstanceOf(Inet6Address.class, ParsedAddress.parse("[fe80::1%1]:22").literal());
        assertEquals(1, address.getScopeId());
    }

    @Test
    void a_bare_ipv6_text_that_is_not_an_address_suggests_brackets() {
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("1:2:3"));
        assertEquals("'1:2:3' is rejected: 1:2:3 is not an IPv6 address (a port after one needs [brackets]).",
                rejected.getMessage());
    }

    @Test
    void an_octet_above_255_is_rejected_with_the_octet_named() {
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("300.1.1.1:5"));
        assertEquals("'300.1.1.1:5' is rejected: 300 is not an IPv4 octet (0-255).", rejected.getMessage());
    }

    @Test
    void a_colon_without_a_port_is_rejected() {
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("localhost:"));
        assertTrue(rejected.getMessage().contains("port after ':' is missing"), rejected.getMessage());
    }

    @Test
    void a_port_without_a_host_is_rejected() {
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse(":80"));
        assertTrue(rejected.getMessage().contains("host is missing"), rejected.getMessage());
    }

    @Test
    void unbalanced_brackets_are_rejected() {
        for (var text : new String[] {"[::1", "[::1:80", "::1]:80", "[::1]80"}) {
            var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse(text), text);
            assertTrue(rejected.getMessage().startsWith("'" + text + "' is rejected: "), rejected.getMessage());
        }
    }

    @Test
    void brackets_hold_only_ipv6_addresses() {
        var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse("[127.0.0.1]:80"));
        assertTrue(rejected.getMessage().contains("127.0.0.1 is not an IPv6 address"), rejected.getMessage());
    }

    @Test
    void a_host_with_characters_no_name_has_is_rejected() {
        for (var text : new String[] {"exa mple:80", "-start", "a..b", "under_score"}) {
            var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse(text), text);
            assertTrue(rejected.getMessage().contains("is not a host name"), rejected.getMessage());
        }
    }

    @Test
    void every_rejection_is_one_sentence() {
        for (var text : new String[] {"", "host:http", "1.2.3.4.5", "1:2:3", "[fe80::1%nosuchnic]"}) {
            var rejected = assertThrows(ParsedAddress.Rejected.class, () -> ParsedAddress.parse(text), text);
            var sentence = rejected.getMessage();
            assertTrue(sentence.endsWith(".") && !sentence.contains("\n"), sentence);
            assertFalse(sentence.contains("Exception"), sentence);
        }
    }
}

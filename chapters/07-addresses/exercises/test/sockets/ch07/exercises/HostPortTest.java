package sockets.ch07.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.ch07.exercises.HostPort.Kind;

@Timeout(10)
class HostPortTest {

    private static void assertParses(String text, String host, int port, Kind kind) {
        assertEquals(new HostPort(host, port, kind), HostPort.parse(text, 443),
                "HostPort.parse(\"" + text + "\", 443)");
    }

    private static void assertRejects(String text, String why) {
        assertThrows(IllegalArgumentException.class, () -> HostPort.parse(text, 443),
                "HostPort.parse(\"" + text + "\", 443) must throw IllegalArgumentException: " + why);
    }

    @Test
    void a_name_and_a_port_split_at_the_colon() {
        assertParses("localhost:8080", "localhost", 8080, Kind.NAME);
    }

    @Test
    void an_ipv4_literal_and_a_port_split_at_the_colon() {
        assertParses("127.0.0.1:7", "127.0.0.1", 7, Kind.IPV4);
    }

    @Test
    void an_ipv6_literal_with_a_port_is_in_brackets_and_the_host_is_without_them() {
        assertParses("[::1]:9000", "::1", 9000, Kind.IPV6);
    }

    @Test
    void a_host_alone_gets_the_default_port() {
        assertParses("localhost", "localhost", 443, Kind.NAME);
        assertParses("[::1]", "::1", 443, Kind.IPV6);
    }

    @Test
    void a_bare_ipv6_address_is_all_address_and_gets_the_default_port() {
        assertParses("::1", "::1", 443, Kind.IPV6);
        assertParses("::1:9000", "::1:9000", 443, Kind.IPV6);
        assertParses("fe80::1", "fe80::1", 443, Kind.IPV6);
    }

    @Test
    void an_empty_host_is_rejected() {
        assertRejects("", "there is no host at all");
        assertRejects(":80", "there is a port but no host");
        assertRejects("[]:80", "the brackets are empty");
    }

    @Test
    void a_colon_without_a_port_is_rejected() {
        assertRejects("localhost:", "the port after ':' is missing");
        assertRejects("[::1]:", "the port after ']:' is missing");
    }

    @Test
    void a_port_that_is_not_a_16_bit_number_is_rejected() {
        assertRejects("host:65536", "sin_port has 16 bits: 65535 is the largest port");
        assertRejects("host:99999999999", "eleven digits overflow an int");
        assertRejects("host:-1", "a port is not negative");
        assertRejects("host:+80", "a port is digits only, though Integer.parseInt takes '+80'");
        assertRejects("host:http", "a service name is not a port number");
    }

    @Test
    void unbalanced_brackets_are_rejected() {
        assertRejects("[::1", "'[' without ']'");
        assertRejects("::1]:80", "']' without '['");
        assertRejects("[::1]80", "after ']' only ':PORT' may follow");
    }

    @Test
    void brackets_hold_only_an_ipv6_address() {
        assertRejects("[127.0.0.1]:80", "an IPv4 address is written without brackets");
        assertRejects("[localhost]:80", "a name is written without brackets");
    }

    @Test
    void several_colons_without_brackets_must_make_an_ipv6_address() {
        assertRejects("localhost:80:90", "with two colons it would have to be IPv6, and it is not");
    }

    @Test
    void digits_and_dots_must_make_an_ipv4_address() {
        assertRejects("300.1.1.1:5", "300 is not an octet; as a name it would become a DNS query");
        assertRejects("1.2.3.4.5", "five numbers are no IPv4 address");
    }

    @Test
    void the_default_port_must_be_a_port() {
        assertThrows(IllegalArgumentException.class, () -> HostPort.parse("localhost", 70_000),
                "HostPort.parse(\"localhost\", 70000): the default port is not a port");
    }

    @Test
    void toString_writes_an_ipv6_host_in_brackets() {
        assertEquals("[::1]:9000", HostPort.parse("[::1]:9000", 443).toString());
        assertEquals("[::1:9000]:443", HostPort.parse("::1:9000", 443).toString(),
                "without brackets the port could not be told from the address's last group");
    }

    @Test
    void toString_writes_ipv4_and_names_as_host_colon_port() {
        assertEquals("127.0.0.1:7", new HostPort("127.0.0.1", 7, Kind.IPV4).toString());
        assertEquals("localhost:443", HostPort.parse("localhost", 443).toString());
    }
}

package sockets.ch07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the program asks the resolver, and when it must not. This JVM's resolver is
 * {@link LocalhostOnlyResolver}: it records every name asked and never sends a query.
 */
class AddressLookupTest {

    @Test
    void a_literal_is_its_own_answer_and_asks_no_resolver() throws Exception {
        var addresses = AddressLookup.addresses(ParsedAddress.parse("127.0.0.2:7"));
        assertEquals(List.of(InetAddress.ofLiteral("127.0.0.2")), addresses);
        assertFalse(LocalhostOnlyResolver.wasAskedAbout("127.0.0.2"), "no lookup for a literal");
    }

    @Test
    void a_name_is_looked_up_with_getAllByName() throws Exception {
        var addresses = AddressLookup.addresses(ParsedAddress.parse("localhost:8080"));
        assertTrue(LocalhostOnlyResolver.wasAskedAbout("localhost"), "the resolver was asked");
        assertTrue(addresses.contains(InetAddress.ofLiteral("127.0.0.1")),
                "/etc/hosts maps localhost to 127.0.0.1: " + addresses);
    }

    @Test
    void a_name_under_invalid_is_rejected_without_asking_the_resolver() {
        for (var name : new String[] {"example.invalid", "EXAMPLE.INVALID.", "invalid"}) {
            var rejected = assertThrows(ParsedAddress.Rejected.class,
                    () -> AddressLookup.addresses(ParsedAddress.parse(name + ":80")));
            assertTrue(rejected.getMessage().contains("RFC 6761"), rejected.getMessage());
            assertFalse(LocalhostOnlyResolver.wasAskedAbout(name), "a lookup of " + name + " was attempted");
        }
    }

    @Test
    void a_bad_port_is_rejected_before_the_name_is_looked_up() {
        assertThrows(ParsedAddress.Rejected.class,
                () -> AddressLookup.addresses(ParsedAddress.parse("bad-port-first:99999")));
        assertFalse(LocalhostOnlyResolver.wasAskedAbout("bad-port-first"), "a bad port must cost no query");
    }

    @Test
    void an_octet_above_255_is_rejected_without_asking_the_resolver() {
        assertThrows(ParsedAddress.Rejected.class,
                () -> AddressLookup.addresses(ParsedAddress.parse("300.1.1.2:5")));
        assertFalse(LocalhostOnlyResolver.wasAskedAbout("300.1.1.2"), "300.1.1.2 went to the resolver");
    }

    @Test
    void a_name_the_resolver_does_not_know_is_one_sentence() {
        var rejected = assertThrows(ParsedAddress.Rejected.class,
                () -> AddressLookup.addresses(ParsedAddress.parse("unknown-to-the-tests:80")));
        assertEquals("'unknown-to-the-tests:80' is rejected: the resolver knows no address for "
                + "unknown-to-the-tests.", rejected.getMessage());
    }
}

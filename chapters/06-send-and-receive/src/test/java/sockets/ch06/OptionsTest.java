package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** How an exception's message goes inside one of the programs' sentences. */
class OptionsTest {

    @Test
    void a_message_is_lowered_for_the_middle_of_a_sentence() {
        assertEquals("address already in use",
                Options.lower(new IOException("Address already in use")));
    }

    @Test
    void a_capital_i_becomes_a_plain_i_whatever_the_default_locale() {
        // Locale.ROOT: in a Turkish default locale, toLowerCase() would give a dotless "ı".
        assertEquals("invalid argument", Options.lower(new IOException("Invalid argument")));
    }

    @Test
    void an_exception_without_a_message_gives_its_class_name_not_a_crash() {
        assertEquals("IOException", Options.lower(new IOException()));
    }

    @Test
    void an_ipv6_address_is_written_in_brackets_before_its_port() throws IOException {
        // getHostAddress() writes IPv6 in full, without the :: shorthand.
        assertEquals("[0:0:0:0:0:0:0:1]:7",
                Options.hostAndPort(new InetSocketAddress(InetAddress.getByName("::1"), 7)));
        assertEquals("127.0.0.1:7",
                Options.hostAndPort(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 7)));
    }

    @Test
    void an_unresolved_address_is_written_with_its_name() {
        assertEquals("example.invalid:7",
                Options.hostAndPort(InetSocketAddress.createUnresolved("example.invalid", 7)));
    }
}

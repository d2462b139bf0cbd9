package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** How the programs write an address and its port: HOST:PORT, an IPv6 host in brackets. */
class OptionsTest {

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

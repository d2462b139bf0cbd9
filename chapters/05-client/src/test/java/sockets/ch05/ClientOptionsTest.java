package sockets.ch05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client's command line, parsed in the test's JVM: literals only, so no resolver is asked. */
class ClientOptionsTest {

    private static InetSocketAddress address(String host, int port) throws Exception {
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }

    @Test
    void the_defaults_are_hello_and_five_seconds_for_each_timeout_and_no_bind() throws Exception {
        var options = ClientOptions.parse(new String[] {"--port", "4242"});
        assertEquals(new ClientOptions(address("127.0.0.1", 4242), "hello", Duration.ofSeconds(5),
                Duration.ofSeconds(5), Optional.empty()), options);
    }

    @Test
    void each_timeout_is_set_by_its_own_option_in_milliseconds() throws Exception {
        var options = ClientOptions.parse(new String[] {"--port", "4242", "--connect-timeout", "250",
                "--read-timeout", "1500"});
        assertEquals(Duration.ofMillis(250), options.connectTimeout());
        assertEquals(Duration.ofMillis(1500), options.readTimeout());
    }

    @Test
    void bind_takes_an_address_with_or_without_a_port() throws Exception {
        assertEquals(address("127.0.0.2", 0), ClientOptions.parseBind("127.0.0.2"));
        assertEquals(address("127.0.0.2", 40000), ClientOptions.parseBind("127.0.0.2:40000"));
    }

    @Test
    void bind_takes_an_ipv6_address_bare_or_in_brackets_with_a_port() throws Exception {
        assertEquals(address("::1", 0), ClientOptions.parseBind("::1"));
        assertEquals(address("::1", 0), ClientOptions.parseBind("[::1]"));
        assertEquals(address("::1", 40000), ClientOptions.parseBind("[::1]:40000"));
    }

    @Test
    void a_bind_port_out_of_range_is_a_bad_argument() {
        var failure = assertThrows(Options.BadArgument.class, () -> ClientOptions.parseBind("127.0.0.1:70000"));
        assertEquals("the port must be a number from 0 to 65535, not '70000'.", failure.getMessage());
    }

    @Test
    void a_timeout_must_be_from_1_ms_to_10_minutes() {
        for (var bad : new String[] {"0", "-5", "600001", "5s"}) {
            var failure = assertThrows(Options.BadArgument.class,
                    () -> ClientOptions.parseMillis(bad, "read timeout"), bad);
            assertEquals("the read timeout must be a number of milliseconds from 1 to 600000, not '"
                    + bad + "'.", failure.getMessage());
        }
    }

    @Test
    void a_message_longer_than_1000_bytes_is_a_bad_argument() {
        var failure = assertThrows(Options.BadArgument.class,
                () -> ClientOptions.parse(new String[] {"--port", "4242", "--message", "é".repeat(501)}));
        assertEquals("the message must be one line of at most 1000 bytes.", failure.getMessage());
    }

    @Test
    void a_message_of_two_lines_is_a_bad_argument() {
        assertThrows(Options.BadArgument.class,
                () -> ClientOptions.parse(new String[] {"--port", "4242", "--message", "one\ntwo"}));
    }
}

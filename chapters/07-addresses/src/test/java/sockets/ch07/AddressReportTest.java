package sockets.ch07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.NetworkInterface;
import java.util.List;
import org.junit.jupiter.api.Test;
import sockets.testkit.JavaProgram;
import sockets.testkit.Programs;
import sockets.testkit.Transcript;

/** The program as a student runs it, in a JVM of its own, compared with the book. */
class AddressReportTest {

    // What /etc/hosts says about localhost honestly differs between machines (127.0.0.1
    // alone, or ::1 as well, in either order); a test of its own checks that block.
    private static final String LOCALHOST_BLOCK = "(?s)localhost:8080\\n.*?\\n(?=\\[::1\\]:9000)";

    @Test
    void the_examples_print_what_the_book_shows() throws Exception {
        assumeTrue(NetworkInterface.getByName("lo") != null, "the examples use the zone %lo of Linux");
        var result = JavaProgram.runMerged(AddressReport.class);
        assertEquals(0, result.exitCode(), "the examples' rejections are expected\n" + result);
        Transcript.load("examples.txt").normalising(LOCALHOST_BLOCK, "localhost:8080 as /etc/hosts has it\n")
                .assertMatches(result.stdout());
    }

    @Test
    void localhost_is_looked_up_and_each_of_its_addresses_printed() {
        var lines = JavaProgram.run(AddressReport.class, "localhost:8080").stdoutLines();
        assertEquals("localhost:8080", lines.getFirst());
        assertTrue(lines.get(1).matches("  name, looked up: getAllByName found \\d+ address(es)?"), lines.get(1));
        assertTrue(lines.get(3).startsWith("  InetSocketAddress localhost/<unresolved>:8080, then localhost/"),
                lines::toString);
        assertTrue(lines.contains("  IPv4 127.0.0.1             7f 00 00 01"), lines::toString);
    }

    @Test
    void a_good_and_a_bad_address_print_as_the_book_shows() {
        // The reader quotes [::1]:9000 for the shell, which would take [::1] as a pattern.
        var transcript = Transcript.load("two-addresses.txt");
        var arguments = transcript.arguments(Programs.ofThisChapter()).stream()
                .map(word -> word.replaceAll("^'(.*)'$", "$1")).toArray(String[]::new);
        assertEquals(List.of("[::1]:9000", "host:99999"), List.of(arguments));
        var result = JavaProgram.runMerged(AddressReport.class, arguments);
        transcript.assertMatches(result.stdout());
        assertEquals(2, result.exitCode(), "a rejected address is an argument mistake");
    }

    @Test
    void host_and_port_options_read_like_the_bracketed_address() {
        var result = Transcript.load("host-and-port.txt").verify();
        assertEquals(0, result.exitCode());
        assertEquals(JavaProgram.run(AddressReport.class, "[::1]:9000").stdout(), result.stdout());
    }

    @Test
    void a_rejected_address_is_one_sentence_on_stderr_and_exit_status_2() {
        var result = JavaProgram.run(AddressReport.class, "300.1.1.1:5");
        result.assertUserError();
        assertEquals(2, result.exitCode());
        assertEquals("", result.stdout(), "nothing is printed for an address that was rejected");
    }

    @Test
    void addresses_and_host_options_together_are_one_sentence() {
        JavaProgram.run(AddressReport.class, "--host", "::1", "127.0.0.1:7").assertUserError();
    }
}

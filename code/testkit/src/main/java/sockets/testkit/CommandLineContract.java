package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every chapter program promises on its command line (chapters/README.adoc, Programs): it answers
 * {@code --help}, and a mistake by the user (a bad port, a bad host, a port in use) is one clear
 * sentence on stderr and a non-zero exit, never a stack trace. A chapter states it once per
 * program with {@code class TourCommandLineTest extends CommandLineContract}.
 */
public abstract class CommandLineContract {

    /** What a program does with {@code --port}, which decides what a port in use means to it. */
    public enum Role {
        /** Binds {@code --port} over TCP: a port in use is a mistake, one sentence on stderr. */
        SERVER,
        /** Binds {@code --port} over UDP: a UDP socket on the port is in its way, a TCP one is not. */
        UDP_SERVER,
        /** Connects to {@code --port}: a port in use is where its server is, no mistake at all. */
        CLIENT,
        /** Binds no Internet port of its own (a Unix domain socket program, a report). */
        BINDS_NO_PORT
    }

    private final Class<?> program;
    private final Role role;

    /**
     * @param program the main class
     * @param role    what it does with {@code --port}
     */
    protected CommandLineContract(Class<?> program, Role role) {
        this.program = program;
        this.role = role;
    }

    @Test
    void it_answers_help_with_its_usage() {
        JavaProgram.run(program, "--help").assertHelp();
    }

    @Test
    void a_port_that_is_not_a_number_is_one_sentence_on_stderr() {
        var result = JavaProgram.run(program, "--port", "http");
        result.assertUserError();
        assertTrue(result.stderr().contains("http"), "the sentence names the bad value\n" + result);
    }

    @Test
    void a_port_out_of_range_is_one_sentence_on_stderr() {
        JavaProgram.run(program, "--port", "65536").assertUserError();
    }

    @Test
    void a_negative_port_is_one_sentence_on_stderr() {
        JavaProgram.run(program, "--port", "-1").assertUserError();
    }

    // A malformed literal fails inside the JDK, before any resolver is asked: the test sends
    // no DNS query anywhere.
    @Test
    void a_host_that_cannot_be_resolved_is_one_sentence_on_stderr() {
        var result = JavaProgram.run(program, "--host", "[::1");
        result.assertUserError();
        assertTrue(result.stderr().contains("[::1"), "the sentence names the bad host\n" + result);
    }

    @Test
    void an_unknown_argument_is_one_sentence_on_stderr() {
        JavaProgram.run(program, "--colour").assertUserError();
    }

    @Test
    void a_port_already_in_use_is_one_sentence_on_stderr() {
        var protocol = switch (role) {
            case SERVER -> PortInUse.Protocol.TCP;
            case UDP_SERVER -> PortInUse.Protocol.UDP;
            case CLIENT -> Assumptions.<PortInUse.Protocol>abort("a client connects to --port: a port in use is where its server is");
            case BINDS_NO_PORT -> Assumptions.<PortInUse.Protocol>abort("the program binds no Internet port of its own");
        };
        try (var taken = PortInUse.hold(protocol)) {
            var result = JavaProgram.run(program, "--port", String.valueOf(taken.port()));
            result.assertUserError();
            assertTrue(result.stderr().contains("in use"), "the sentence says the port is in use\n" + result);
        }
    }
}

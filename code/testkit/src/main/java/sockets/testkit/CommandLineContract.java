package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * What every chapter program promises on its command line (chapters/README.adoc, Programs): it answers
 * {@code --help}, and a mistake by the user (a bad port, a bad host, a port in use) is one clear
 * sentence on stderr and a non-zero exit, never a stack trace. A chapter states it once per
 * program with {@code class TourCommandLineTest extends CommandLineContract}.
 */
public abstract class CommandLineContract {

    private final Class<?> program;
    private final boolean bindsItsPort;

    /**
     * @param program      the main class
     * @param bindsItsPort true for a program that binds {@code --port} (a server), false for one
     *                     that connects to it (a client may well connect to a port in use)
     */
    protected CommandLineContract(Class<?> program, boolean bindsItsPort) {
        this.program = program;
        this.bindsItsPort = bindsItsPort;
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
    void a_port_already_in_use_is_one_sentence_on_stderr() throws IOException {
        if (!bindsItsPort) {
            return;
        }
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            var result = JavaProgram.run(program, "--port", String.valueOf(taken.getLocalPort()));
            result.assertUserError();
            assertTrue(result.stderr().contains("in use"), "the sentence says the port is in use\n" + result);
        }
    }
}

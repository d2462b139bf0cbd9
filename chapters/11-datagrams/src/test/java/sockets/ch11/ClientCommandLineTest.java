package sockets.ch11;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;
import sockets.testkit.JavaProgram;

class ClientCommandLineTest extends CommandLineContract {

    ClientCommandLineTest() {
        super(UdpEchoClient.class, Role.CLIENT);
    }

    @Test
    void a_timeout_that_is_not_a_number_is_one_sentence_on_stderr() {
        var result = JavaProgram.run(UdpEchoClient.class, "--port", "9", "--timeout", "soon", "x");
        result.assertUserError();
        assertTrue(result.stderr().contains("'soon'"), result::toString);
    }

    @Test
    void more_than_ten_retries_is_one_sentence_on_stderr() {
        JavaProgram.run(UdpEchoClient.class, "--port", "9", "--retries", "11", "x").assertUserError();
    }

    @Test
    void without_a_port_it_asks_for_the_one_the_server_printed() {
        var result = JavaProgram.run(UdpEchoClient.class, "hello");
        result.assertUserError();
        assertTrue(result.stderr().contains("listening on"), result::toString);
    }
}

package sockets.ch11;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;
import sockets.testkit.JavaProgram;

/**
 * The server's command line. It binds a UDP port, so the contract's "port in use" holds a UDP
 * one: a TCP listener on the same number would not stand in its way.
 */
class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(UdpEchoServer.class, Role.UDP_SERVER);
    }

    @Test
    void a_drop_every_that_is_not_a_number_is_one_sentence_on_stderr() {
        var result = JavaProgram.run(UdpEchoServer.class, "--drop-every", "often");
        result.assertUserError();
        assertTrue(result.stderr().contains("'often'"), result::toString);
    }

    @Test
    void a_client_option_is_not_a_server_option() {
        JavaProgram.run(UdpEchoServer.class, "--timeout", "100").assertUserError();
    }
}

package sockets.ch08;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(ThreadedEchoServer.class, Role.SERVER);
    }

    @org.junit.jupiter.api.Test
    void a_max_clients_that_is_not_a_positive_number_is_one_sentence_on_stderr() {
        for (var bad : new String[] {"0", "-3", "many", "10001"}) {
            var result = sockets.testkit.JavaProgram.run(ThreadedEchoServer.class, "--max-clients", bad);
            result.assertUserError();
            org.junit.jupiter.api.Assertions.assertTrue(result.stderr().contains("'" + bad + "'"),
                    "the sentence names the bad value\n" + result);
        }
    }
}

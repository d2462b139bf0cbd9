package sockets.ch16;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;
import sockets.testkit.JavaProgram;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(RedisServer.class, Role.SERVER);
    }

    @Test
    void a_design_it_does_not_know_is_one_sentence_that_names_the_two() {
        var result = JavaProgram.run(RedisServer.class, "--design", "threads");
        result.assertUserError();
        assertTrue(result.stderr().contains("'virtual' or 'selector'"), result::toString);
    }

    @Test
    void a_limit_out_of_range_is_one_sentence_that_names_the_range() {
        var result = JavaProgram.run(RedisServer.class, "--max-clients", "0");
        result.assertUserError();
        assertTrue(result.stderr().contains("from 1 to 100000"), result::toString);
    }
}

package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;
import sockets.testkit.JavaProgram;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(HttpServer.class, Role.SERVER);
    }

    @Test
    void a_root_that_is_not_a_folder_is_one_sentence_that_names_it() {
        var result = JavaProgram.run(HttpServer.class, "--root", "no-such-folder");
        result.assertUserError();
        assertTrue(result.stderr().contains("'no-such-folder' is not one"), result::toString);
    }

    @Test
    void a_limit_out_of_range_is_one_sentence_that_names_the_range() {
        var result = JavaProgram.run(HttpServer.class, "--idle-timeout", "0");
        result.assertUserError();
        assertTrue(result.stderr().contains("from 1 to 3600000"), result::toString);
    }
}

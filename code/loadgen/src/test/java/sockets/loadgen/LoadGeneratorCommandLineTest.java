package sockets.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;
import sockets.testkit.JavaProgram;

class LoadGeneratorCommandLineTest extends CommandLineContract {

    LoadGeneratorCommandLineTest() {
        super(LoadGenerator.class, Role.CLIENT);
    }

    @Test
    void a_bad_mode_is_one_sentence_on_stderr() {
        var result = JavaProgram.run(LoadGenerator.class, "--port", "7", "--mode", "flood");
        result.assertUserError();
        assertTrue(result.stderr().contains("flood"), result::toString);
    }

    @Test
    void nothing_listening_is_one_sentence_on_stderr() throws IOException {
        int closedPort;
        try (var probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            closedPort = probe.getLocalPort();
        }
        var result = JavaProgram.run(LoadGenerator.class, "--port", String.valueOf(closedPort),
                "--connections", "2", "--duration", "1", "--warmup", "0");
        result.assertUserError();
        assertEquals(1, result.exitCode(), result::toString);
    }
}

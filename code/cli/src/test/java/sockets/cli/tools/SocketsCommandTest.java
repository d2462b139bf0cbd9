package sockets.cli.tools;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;

/** {@code ./workbook sockets}: code/wire's socket table in this JVM, its arguments as typed. */
class SocketsCommandTest {

    @Test
    void answers_help_with_the_tables_options(@TempDir Path root) {
        var run = CommandRun.in(root, "sockets", "--help");

        assertAll(
                () -> assertEquals(0, run.status()),
                () -> assertTrue(run.out().startsWith("usage: ./workbook sockets [--pid PID | --port PORT]\n"), run.out()),
                () -> assertTrue(run.out().contains("--port PORT  only the sockets with PORT at either end"), run.out()));
    }

    @Test
    void passes_its_arguments_to_the_table_which_refuses_a_port_that_is_no_number(@TempDir Path root) {
        var run = CommandRun.in(root, "sockets", "--port", "http");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("--port takes a number, not 'http'.\n", run.err()));
    }

    @Test
    void shows_a_listener_this_test_holds(@TempDir Path root) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "the socket table is Linux's /proc/net/tcp");
        try (var listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            var run = CommandRun.in(root, "sockets", "--port", String.valueOf(listener.getLocalPort()));

            assertAll(
                    () -> assertEquals(0, run.status(), run.err()),
                    () -> assertTrue(run.out().contains("LISTEN"), run.out()),
                    () -> assertTrue(run.out().contains("127.0.0.1:" + listener.getLocalPort()), run.out()));
        }
    }
}

package sockets.ch12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What parse makes of a command line: a TCP endpoint or a Unix domain one, each whole. */
class OptionsTest {

    @Test
    void a_tcp_program_gets_the_host_and_port_it_was_given() throws Exception {
        var options = Options.parse(new String[] {"--host", "::1", "--port", "7", "hi"}, Options.Program.CLIENT);
        assertEquals(new InetSocketAddress("::1", 7), options.tcp().address());
        assertEquals(List.of("hi"), options.messages());
    }

    @Test
    void a_unix_program_gets_the_path_it_was_given() throws Exception {
        var options = Options.parse(new String[] {"--path", "/tmp/echo.sock"}, Options.Program.UNIX_SERVER);
        assertEquals(Optional.of(Path.of("/tmp/echo.sock")), options.unix().path());
    }

    @Test
    void a_unix_server_given_no_path_has_none_and_makes_its_own() throws Exception {
        assertEquals(Optional.empty(), Options.parse(new String[0], Options.Program.UNIX_SERVER).unix().path());
    }

    @Test
    void a_unix_client_given_no_path_is_told_to_give_one() {
        var mistake = assertThrows(Options.BadArgument.class,
                () -> Options.parse(new String[] {"hi"}, Options.Program.UNIX_CLIENT));
        assertEquals("give the server's socket with --path PATH: the server prints it in its"
                + " 'listening on' line.", mistake.getMessage());
    }
}

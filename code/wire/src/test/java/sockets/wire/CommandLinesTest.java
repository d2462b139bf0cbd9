package sockets.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the two commands make of their arguments, and the one sentence a mistake gets. */
class CommandLinesTest {

    private static final Path ROOT = Path.of("../..");

    @Test
    void sockets_takes_a_pid_or_a_port_or_nothing() {
        assertEquals(Sockets.Filter.ALL, Sockets.parse(new String[0]));
        assertEquals(41187, Sockets.parse(new String[] {"--port", "41187"}).port());
        assertEquals(4242, Sockets.parse(new String[] {"--pid", "4242"}).pid());
    }

    @Test
    void sockets_refuses_a_bad_argument_in_one_sentence() {
        for (var args : List.of(List.of("--port"), List.of("--port", "0"), List.of("--port", "x"),
                List.of("--pid", "-1"), List.of("--colour", "1"))) {
            var refused = assertThrows(IllegalArgumentException.class, () -> Sockets.parse(args.toArray(String[]::new)));
            assertTrue(refused.getMessage().endsWith(".") && !refused.getMessage().contains("\n"), refused.getMessage());
        }
    }

    @Test
    void a_captured_server_gets_the_chapters_client_and_runs_under_unshare() {
        var command = CaptureCommand.command(ROOT, List.of("04", "server", "--port", "0"));
        assertEquals(List.of("unshare", "--user", "--map-root-user", "--net"), command.subList(0, 4));
        var words = String.join(" ", command);
        assertTrue(words.contains("--program"), words);
        assertTrue(words.contains("--word sockets.ch04.GreetingServer --word --port --word 0"), words);
        assertTrue(words.contains("--client") && words.contains("--word sockets.ch04.GreetingClient"), words);
        assertTrue(words.contains("--write " + Path.of("../../target/capture/04-server.pcap").normalize()), words);
    }

    @Test
    void a_program_alone_runs_alone_with_its_jvm_options() {
        var words = String.join(" ", CaptureCommand.command(ROOT, List.of("14", "--write", "x.pcap", "--seconds", "5")));
        assertTrue(words.contains("--word sockets.ch14.NativeDemo"), "the chapter's first program: " + words);
        assertTrue(words.contains("--word --enable-native-access=ALL-UNNAMED"), "its NAME.jvm line: " + words);
        assertTrue(words.contains("--write x.pcap --seconds 5") && !words.contains("--client"), words);
    }

    @Test
    void capture_refuses_a_chapter_that_does_not_exist_or_a_bad_limit_in_one_sentence() {
        for (var args : List.of(List.of("99"), List.of("four"), List.of("04", "--seconds", "0"), List.of("04", "--write"))) {
            var refused = assertThrows(IllegalArgumentException.class, () -> CaptureCommand.command(ROOT, args));
            assertTrue(refused.getMessage().endsWith(".") && !refused.getMessage().contains("\n"), refused.getMessage());
        }
    }
}

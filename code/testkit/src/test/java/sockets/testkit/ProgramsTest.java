package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramsTest {

    @TempDir
    Path chapter;

    private Programs programs(String text) throws IOException {
        Files.writeString(chapter.resolve("programs.properties"), text);
        return Programs.of(chapter);
    }

    @Test
    void the_first_program_is_the_default() throws IOException {
        var programs = programs("""
                # a comment
                demo = sockets.chNN.Demo
                server = sockets.chNN.Server
                """);
        assertEquals("demo", programs.defaultProgram().name());
        assertEquals(List.of("demo", "server"), programs.entries().stream().map(Programs.Entry::name).toList());
    }

    @Test
    void a_jvm_line_gives_its_program_options_and_is_not_a_program() throws IOException {
        var programs = programs("""
                server = sockets.chNN.Server
                server.jvm = --enable-native-access=ALL-UNNAMED -Xss256k
                client = sockets.chNN.Client
                """);
        assertEquals(List.of("server", "client"), programs.entries().stream().map(Programs.Entry::name).toList());
        assertEquals(List.of("--enable-native-access=ALL-UNNAMED", "-Xss256k"), programs.entries().getFirst().jvmOptions());
        assertEquals(List.of(), programs.entries().getLast().jvmOptions());
    }
}

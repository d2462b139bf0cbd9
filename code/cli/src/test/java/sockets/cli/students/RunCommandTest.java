package sockets.cli.students;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.cli.CommandRun;

/**
 * {@code ./workbook run NN [PROGRAM] [ARGS...]}, on a chapter whose programs write the arguments
 * they were given to a file (their stdout is the terminal's, not the test's) and exit with 3.
 */
@Timeout(60)
class RunCommandTest {

    private static final String PROGRAM = """
            package sockets.ch01;
            /** Chapter 01: writes its arguments to args.txt, one a line. */
            public class %s {
                public static void main(String[] args) throws Exception {
                    java.nio.file.Files.write(java.nio.file.Path.of("args.txt"), java.util.List.of(args));
                    System.exit(3);
                }
            }
            """;

    /** A workbook whose chapter 01 has two programs, tour (the default) and other, compiled. */
    private static Path workbook(Path root) throws IOException {
        var chapter = root.resolve("chapters/01-a-chapter");
        var sources = chapter.resolve("src/main/java/sockets/ch01");
        Files.createDirectories(sources);
        Files.writeString(chapter.resolve("programs.properties"), "tour = sockets.ch01.Tour\nother = sockets.ch01.Other\n");
        for (var name : List.of("Tour", "Other")) {
            Files.writeString(sources.resolve(name + ".java"), PROGRAM.formatted(name));
        }
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
                chapter.resolve("target/classes").toString(), sources.resolve("Tour.java").toString(),
                sources.resolve("Other.java").toString());
        assertEquals(0, status, "the test's programs compile");
        return root;
    }

    @Test
    void runs_the_first_program_with_the_arguments_and_passes_on_its_exit_status(@TempDir Path root) throws IOException {
        var run = CommandRun.in(workbook(root), "run", "01", "--port", "0");

        assertAll(
                () -> assertEquals(3, run.status(), run.err()),
                () -> assertEquals(List.of("--port", "0"), Files.readAllLines(root.resolve("args.txt"))));
    }

    @Test
    void gives_help_after_the_chapter_to_the_program_not_to_the_command_line(@TempDir Path root) throws IOException {
        var run = CommandRun.in(workbook(root), "run", "01", "--help");

        assertAll(
                () -> assertEquals(3, run.status(), run.err()),
                () -> assertEquals("", run.out()),
                () -> assertEquals(List.of("--help"), Files.readAllLines(root.resolve("args.txt"))));
    }

    @Test
    void runs_the_program_named_after_the_chapter(@TempDir Path root) throws IOException {
        var run = CommandRun.in(workbook(root), "run", "1", "other", "-v", "--help");

        assertAll(
                () -> assertEquals(3, run.status(), run.err()),
                () -> assertEquals(List.of("-v", "--help"), Files.readAllLines(root.resolve("args.txt"))));
    }

    @Test
    void a_mistyped_program_lists_the_chapters_programs_with_status_2(@TempDir Path root) throws IOException {
        var run = CommandRun.in(workbook(root), "run", "01", "otehr");

        assertAll(
                () -> assertEquals(2, run.status()),
                () -> assertEquals("""
                        Chapter 01-a-chapter has no program named 'otehr'; its programs are:
                            * tour         Writes its arguments to args.txt, one a line.
                              other        Writes its arguments to args.txt, one a line.
                        for example: ./workbook run 01 tour
                        """, run.err()),
                () -> assertTrue(Files.notExists(root.resolve("args.txt")), "nothing ran"));
    }
}

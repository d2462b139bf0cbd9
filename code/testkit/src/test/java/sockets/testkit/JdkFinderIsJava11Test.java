package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * .mvn/JdkFinder.java runs on whatever java a student already has, to find the JDK 25 they
 * may not have on their PATH: so it is written for Java 11, the first java that runs a source
 * file (java JdkFinder.java). A record or a text block would break it on exactly those machines.
 */
@Timeout(120)
class JdkFinderIsJava11Test {

    @Test
    void the_finder_compiles_for_java_11_without_a_warning(@TempDir Path classes) {
        assertTrue(Files.isRegularFile(compile(classes).resolve("JdkFinder.class")));
    }

    @Test
    void the_finder_runs_as_a_source_file_as_the_scripts_run_it(@TempDir Path emptyDisk) throws IOException {
        var result = new FakeMachine("linux", emptyDisk).findFromSource();

        result.assertUserError();
        assertTrue(result.stderr().startsWith("No JDK 25 or newer was found"), result.toString());
    }

    /** Compiles .mvn/JdkFinder.java with javac --release 11, failing on any error or warning. */
    static Path compile(Path classes) {
        var compiler = ToolProvider.getSystemJavaCompiler();
        var messages = new StringWriter();
        try (var files = compiler.getStandardFileManager(null, null, null)) {
            var options = List.of("--release", "11", "-Xlint:all", "-Werror", "-d", classes.toString());
            var task = compiler.getTask(messages, files, null, options, null, files.getJavaFileObjects(FakeMachine.FINDER));
            assertTrue(task.call(), "javac --release 11 .mvn/JdkFinder.java:\n" + messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals("", messages.toString(), "javac's messages");
        return classes;
    }
}

package sockets.loadgen;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.JavaProgram;
import sockets.testkit.Platform;
import sockets.testkit.ProgramResult;

/** {@code ./workbook bench http} before it measures anything: help, mistakes, missing programs. */
@Timeout(60)
class HttpBenchCommandLineTest {

    @Test
    void answers_help_with_its_usage() {
        var result = JavaProgram.run(HttpBench.class, "--help");

        result.assertHelp();
        assertTrue(result.stdout().startsWith("usage: ./workbook bench http [--connections N]"), result::toString);
    }

    @Test
    void a_bad_option_is_one_sentence_on_stderr() {
        var result = JavaProgram.run(HttpBench.class, "--rounds", "many");

        result.assertUserError();
        assertEquals(2, result.exitCode(), result::toString);
    }

    @Test
    void without_wrk_it_says_how_to_install_it(@TempDir Path folder) throws Exception {
        Platform.requirePosix("the test hides wrk with a PATH of one empty folder, a POSIX PATH");
        var result = run(folder, folder.toString());

        result.assertUserError();
        assertEquals("bench http: wrk is not installed (Debian: apt-get install wrk; macOS: brew install wrk).\n",
                result.stderr());
    }

    @Test
    void without_nginx_it_says_so_and_goes_on_with_chapter_17_alone(@TempDir Path folder) throws Exception {
        Platform.requirePosix("the test puts a stand-in wrk, a shell script, on the PATH");
        var bin = Files.createDirectory(folder.resolve("bin"));
        var wrk = Files.writeString(bin.resolve("wrk"), "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(wrk, PosixFilePermissions.fromString("rwxr-xr-x"));
        var result = run(folder, bin.toString(), "--nginx", folder.resolve("no-nginx").toString());

        assertAll(
                () -> assertEquals(1, result.exitCode(), result::toString),
                () -> assertEquals(List.of("bench http: there is no program " + folder.resolve("no-nginx")
                                + ", so chapter 17's server runs alone, with nothing to compare it with.",
                        "bench http: chapter 17 is not built: run ./mvnw -q -pl chapters/17-http -am process-classes."),
                        result.stderrLines()));
    }

    /** The bench in {@code folder}, with {@code path} as its PATH. */
    private static ProgramResult run(Path folder, String path, String... args)
            throws IOException, InterruptedException, URISyntaxException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of(HttpBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                HttpBench.class.getName()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(folder.resolve("out.txt").toFile()).redirectError(folder.resolve("err.txt").toFile());
        builder.environment().put("PATH", path);
        var process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the bench stopped");
        return new ProgramResult(process.exitValue(), Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}

package sockets.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.Platform;

/** How the benches find the programs they run: the PATH first, then the folders servers live in. */
class BenchToolsTest {

    @Test
    void a_program_on_the_path_comes_before_one_in_the_server_folders(@TempDir Path folder) throws IOException {
        Platform.requirePosix("the test marks its stand-in programs executable, a POSIX permission");
        var onPath = program(folder.resolve("bin"));
        program(folder.resolve("sbin"));

        assertEquals(Optional.of(onPath), BenchTools.find("nginx", "" + File.pathSeparator + folder.resolve("bin"),
                List.of(folder.resolve("sbin").toString())));
    }

    @Test
    void a_program_only_in_a_server_folder_is_found_there(@TempDir Path folder) throws IOException {
        Platform.requirePosix("the test marks its stand-in programs executable, a POSIX permission");
        var inSbin = program(folder.resolve("sbin"));

        assertEquals(Optional.of(inSbin), BenchTools.find("nginx", folder.resolve("bin").toString(),
                List.of(folder.resolve("sbin").toString())));
        assertEquals(Optional.empty(), BenchTools.find("nginx", folder.resolve("sbin").toString() + "x", List.of()));
    }

    private static Path program(Path folder) throws IOException {
        var program = Files.createDirectories(folder).resolve("nginx");
        Files.writeString(program, "#!/bin/sh\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        return program;
    }
}

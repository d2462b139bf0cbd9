package sockets.ch15;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.Platform;

/** The files that hold a private key are their owner's alone, as the chapter teaches. */
@Timeout(120)
class KeyFilesTest {

    @Test
    void every_file_with_a_private_key_is_readable_by_its_owner_only(@TempDir Path directory) throws Exception {
        Platform.requirePosix("checks POSIX file permissions, which Windows' file systems do not have");
        // A fresh set, made here: the shared target/tls-keys may be older than this rule.
        KeyMaker.make(directory);
        for (var file : List.of("localhost.pem", "ca.p12", "localhost.p12", "self-signed.p12",
                "other-host.p12", "expired.p12")) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(directory.resolve(file))), file);
        }
    }
}

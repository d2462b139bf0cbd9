package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformTest {

    private static final String WHY = "reads /proc/net/tcp, which only Linux has";

    @Test
    void a_linux_only_test_runs_on_linux() {
        assertEquals(Optional.empty(), Platform.skipReason("Linux", true, WHY));
    }

    @Test
    void a_linux_only_test_is_skipped_on_macos_with_one_sentence() {
        assertEquals(Optional.of("This test reads /proc/net/tcp, which only Linux has, so it is skipped on Mac OS X."),
                Platform.skipReason("Mac OS X", true, WHY));
    }

    @Test
    void a_linux_only_test_is_skipped_on_windows() {
        assertEquals(Optional.of("This test " + WHY + ", so it is skipped on Windows 11."),
                Platform.skipReason("Windows 11", true, WHY));
    }

    @Test
    void a_posix_test_runs_on_macos_and_linux_and_is_skipped_on_windows() {
        var why = "stops the program with SIGTERM";
        assertEquals(Optional.empty(), Platform.skipReason("Mac OS X", false, why));
        assertEquals(Optional.empty(), Platform.skipReason("Linux", false, why));
        assertEquals(Optional.of("This test stops the program with SIGTERM, so it is skipped on Windows 10."),
                Platform.skipReason("Windows 10", false, why));
    }
}

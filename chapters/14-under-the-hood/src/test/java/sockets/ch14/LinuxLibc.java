package sockets.ch14;

import sockets.testkit.Platform;

/**
 * The chapter's rule for a test class that calls the C library through Libc: its constants
 * (AF_INET, SOL_SOCKET, SO_REUSEADDR...) and errno numbers are Linux's, so elsewhere the class
 * is skipped with one sentence, from its {@code @BeforeAll}.
 */
final class LinuxLibc {

    private LinuxLibc() {
    }

    static void require() {
        Platform.requireLinux("calls the C library with Linux's numbers for its constants and errno");
    }
}

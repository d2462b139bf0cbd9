package sockets.testkit;

import static org.junit.jupiter.api.Assumptions.abort;

import java.util.Optional;

/**
 * The testkit's one rule for a test that needs one kernel: a test that reads {@code /proc},
 * calls the Linux C library with Linux's numbers or runs Linux's tools starts with
 * {@code Platform.requireLinux("reads /proc/net/tcp, which only Linux has")}; elsewhere it is
 * skipped (reported as skipped, with that sentence), never failed. Like
 * {@link ExternalClient#require} for a missing program, the reason is the test's own words.
 */
public final class Platform {

    private Platform() {
    }

    /** Returns on Linux; elsewhere skips the test, saying why in one sentence. */
    public static void requireLinux(String why) {
        skipReason(System.getProperty("os.name"), true, why).ifPresent(sentence -> abort(sentence));
    }

    /**
     * Returns on a POSIX system (Linux, macOS, the BSDs); on Windows skips the test, saying
     * why in one sentence: for what Windows does differently (signals, SO_REUSEADDR).
     */
    public static void requirePosix(String why) {
        skipReason(System.getProperty("os.name"), false, why).ifPresent(sentence -> abort(sentence));
    }

    /** Whether this JVM runs on Linux (WSL included: its os.name is Linux). */
    public static boolean isLinux() {
        return isLinux(System.getProperty("os.name"));
    }

    static boolean isLinux(String osName) {
        return osName.startsWith("Linux");
    }

    /**
     * The sentence a test is skipped with on the system {@code osName} (as the JVM's
     * {@code os.name} spells it), or none when it runs there.
     */
    static Optional<String> skipReason(String osName, boolean linuxOnly, String why) {
        var runs = linuxOnly ? isLinux(osName) : !osName.startsWith("Windows");
        return runs ? Optional.empty()
                : Optional.of("This test " + why + ", so it is skipped on " + osName + ".");
    }
}

package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What a finished program left behind: its exit status and everything it printed. */
public record ProgramResult(int exitCode, String stdout, String stderr) {

    public List<String> stdoutLines() {
        return stdout.lines().toList();
    }

    public List<String> stderrLines() {
        return stderr.lines().toList();
    }

    /** The contract for a user's mistake: non-zero exit, one sentence on stderr, no stack trace. */
    public void assertUserError() {
        assertAll("a user mistake is reported as one sentence, not a crash",
                () -> assertNotEquals(0, exitCode, "exit status\n" + this),
                () -> assertEquals(1, stderrLines().size(), "stderr has exactly one line\n" + this),
                () -> assertFalse(stderr.contains("Exception") || stderr.contains("\tat "),
                        "stderr shows no exception or stack trace\n" + this),
                () -> assertTrue(stderr.strip().endsWith("."), "the sentence ends with a full stop\n" + this));
    }

    /** The contract for {@code --help}: exit 0, a usage line on stdout, nothing on stderr. */
    public void assertHelp() {
        assertAll("--help prints usage and exits 0",
                () -> assertEquals(0, exitCode, "exit status\n" + this),
                () -> assertTrue(stdout.startsWith("usage: "), "stdout starts with 'usage: '\n" + this),
                () -> assertEquals("", stderr, "stderr is empty\n" + this));
    }

    @Override
    public String toString() {
        return "exit status " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
    }
}

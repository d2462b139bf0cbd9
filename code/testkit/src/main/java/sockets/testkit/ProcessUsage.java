package sockets.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a program the test started (a {@link RunningProgram}) holds, read from Linux's
 * {@code /proc/PID}: its open file descriptors ({@code fd/}, one per socket, so a count that
 * does not come back down is a leaked socket) and its threads ({@code task/}, each with its
 * name in {@code task/TID/comm}). {@link Descriptors} counts the test's own descriptors.
 */
public final class ProcessUsage {

    private final Path proc;

    private ProcessUsage(Path proc) {
        this.proc = proc;
    }

    /** The process {@code pid}; skips the test where /proc/PID/fd is missing (not Linux). */
    public static ProcessUsage of(long pid) {
        var proc = Path.of("/proc", String.valueOf(pid));
        assumeTrue(Files.isDirectory(proc.resolve("fd")), "needs Linux's /proc/PID/fd");
        return new ProcessUsage(proc);
    }

    /** The descriptors the process holds now. */
    public long descriptors() {
        return count(proc.resolve("fd"), null);
    }

    /** The threads of the process now, the JVM's own included. */
    public long threads() {
        return count(proc.resolve("task"), null);
    }

    /** The threads whose name starts with the prefix (Linux keeps the first 15 bytes of a name). */
    public long threadsNamed(String prefix) {
        return count(proc.resolve("task"), prefix);
    }

    private static long count(Path directory, String threadName) {
        try (var entries = Files.list(directory)) {
            return entries.filter(entry -> threadName == null || comm(entry).startsWith(threadName)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm"));
        } catch (IOException threadEnded) {
            return "";
        }
    }
}

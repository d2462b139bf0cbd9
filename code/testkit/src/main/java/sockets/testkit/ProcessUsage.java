package sockets.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a program the test started (a {@link RunningProgram}) holds, read from Linux's
 * {@code /proc/PID}: its open file descriptors ({@code fd/}, one per socket, so a count that
 * does not come back down is a leaked socket), its threads ({@code task/}, each with its
 * name in {@code task/TID/comm}) and its CPU time ({@code stat}). {@link Descriptors} counts
 * the test's own descriptors.
 */
public final class ProcessUsage {

    private final Path proc;

    private ProcessUsage(Path proc) {
        this.proc = proc;
    }

    /** The process {@code pid}; skips the test off Linux, with Platform's rule. */
    public static ProcessUsage of(long pid) {
        Platform.requireLinux("reads what the program holds in /proc/PID, which only Linux has");
        return new ProcessUsage(Path.of("/proc", String.valueOf(pid)));
    }

    /** The descriptors the process holds now. */
    public long descriptors() {
        return count(proc.resolve("fd"), null);
    }

    /**
     * The CPU time the process has used so far, user and system, in clock ticks ({@code
     * USER_HZ}, a hundredth of a second on Linux): fields 14 and 15 of {@code /proc/PID/stat}.
     */
    public long cpuTicks() {
        try {
            var stat = Files.readString(proc.resolve("stat"));
            // After the command name, which is in parentheses and may hold spaces: field 3 on.
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + proc.resolve("stat"), e);
        }
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

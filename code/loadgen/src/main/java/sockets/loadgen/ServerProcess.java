package sockets.loadgen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A server under test, started as a child process. Its stdout is read to the end by a thread of
 * its own: the readiness line gives the port, and a server that logs every client must never
 * block on a full pipe while the bench measures it.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on [^\\s]*:(\\d+)");

    /** USER_HZ, the unit of /proc/PID/stat's times: 100 on every Linux this book runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private final Process process;
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    ServerProcess(List<String> command) throws IOException {
        this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread.ofPlatform().daemon().start(() -> {
            try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    var matcher = LISTENING.matcher(line);
                    if (!port.isDone() && matcher.find()) {
                        port.complete(Integer.parseInt(matcher.group(1)));
                    }
                }
            } catch (IOException ended) {
                // the process is gone
            }
            port.completeExceptionally(new IOException("it exited before it listened"));
        });
    }

    /** Waits for {@code listening on HOST:PORT} and returns the port. */
    int awaitPort(Duration limit) throws IOException {
        try {
            return port.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            var cause = e.getCause() != null ? e.getCause() : e;
            throw new IOException("the server did not start: " + cause.getMessage());
        }
    }

    /** The resident memory of the process now, in KiB, from /proc (Linux), or -1. */
    long residentKiB() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException noProc) {
            // not Linux, or the process has gone
        }
        return -1;
    }

    /** CPU time the process has used so far, user and system, in ms, from /proc (Linux), or -1. */
    long cpuMillis() {
        return cpuMillis(process.pid());
    }

    /** CPU time process {@code pid} has used so far, user and system, in ms (Linux), or -1. */
    static long cpuMillis(long pid) {
        return cpuMillis(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    /**
     * CPU time the JVM's JIT compiler threads have used so far, in ms; 0 for a process that
     * has none (a C server), -1 where /proc cannot tell. While it grows, the JIT is still
     * compiling: its work competes with the server's, and the code it will replace is slower.
     */
    long compilerMillis() {
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            return tasks.filter(task -> comm(task).contains("CompilerThre"))
                    .mapToLong(task -> Math.max(0, cpuMillis(task.resolve("stat")))).sum();
        } catch (IOException | RuntimeException noProc) {
            return -1;
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm"));
        } catch (IOException gone) {
            return "";
        }
    }

    private static long cpuMillis(Path stat) {
        try {
            var text = Files.readString(stat);
            // After the command name in parentheses: field 14 is utime, 15 stime, in ticks.
            var fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException noProc) {
            return -1;
        }
    }

    /** SIGTERM, as Ctrl-C would; then SIGKILL if it has not gone within a few seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(8, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

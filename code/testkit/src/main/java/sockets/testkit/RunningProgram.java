package sockets.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A program running in a child JVM. Its output is collected line by line as it arrives, so a
 * test can wait for one line (the server's readiness line) instead of sleeping.
 */
public final class RunningProgram implements AutoCloseable {

    private static final Pattern LISTENING =
            Pattern.compile("listening on (\\[[0-9A-Fa-f:.%\\w]+]|[^:\\s]+):(\\d+)");

    private final String name;
    private final Process process;
    private final List<String> stdout = new ArrayList<>();
    private final List<String> stderr = new ArrayList<>();
    private final Thread stdoutPump;
    private final Thread stderrPump;
    private final Writer stdin;
    /** The connection from a program started through {@link StopLine}; null otherwise. */
    private Socket stopLine;

    RunningProgram(String name, Process process) {
        this.name = name;
        this.process = process;
        this.stdoutPump = pump(process.getInputStream(), stdout);
        this.stderrPump = pump(process.getErrorStream(), stderr);
        this.stdin = process.outputWriter(StandardCharsets.UTF_8);
    }

    private Thread pump(InputStream stream, List<String> into) {
        return Thread.ofVirtual().start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    synchronized (this) {
                        into.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException closedWhileReading) {
                // the process was killed; what arrived so far is kept
            }
            synchronized (this) {
                notifyAll();
            }
        });
    }

    /** Waits for a stdout line that matches, and returns it; fails with the output so far. */
    public synchronized String awaitLine(Predicate<String> wanted, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < stdout.size(); seen++) {
                if (wanted.test(stdout.get(seen))) {
                    return stdout.get(seen);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || (!process.isAlive() && !stdoutPump.isAlive())) {
                return fail(name + " did not print the expected line within " + limit
                        + (process.isAlive() ? "" : " (it exited with status " + process.exitValue() + ")")
                        + "\n--- stdout ---\n" + String.join("\n", stdout)
                        + "\n--- stderr ---\n" + String.join("\n", stderr));
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted while waiting for " + name);
            }
        }
    }

    /** Waits for a line that contains the text. */
    public String awaitLine(String containing) {
        return awaitLine(line -> line.contains(containing), Duration.ofSeconds(20));
    }

    /** Waits for the server's readiness line {@code listening on HOST:PORT} and returns the address. */
    public InetSocketAddress awaitListening() {
        var matcher = LISTENING.matcher(awaitLine(line -> LISTENING.matcher(line).find(), Duration.ofSeconds(20)));
        matcher.find();
        var host = matcher.group(1).replace("[", "").replace("]", "");
        return new InetSocketAddress(host, Integer.parseInt(matcher.group(2)));
    }

    public void writeLine(String line) {
        try {
            stdin.write(line + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " no longer reads its input", e);
        }
    }

    public void closeStdin() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    void holdStopLine(Socket line) {
        this.stopLine = line;
    }

    private void closeStopLine() {
        if (stopLine != null) {
            try {
                stopLine.close();
            } catch (IOException alreadyClosed) {
                // the program has gone already
            }
        }
    }

    /**
     * Asks the program to stop as Ctrl-C would, its shutdown hooks first. A program started
     * with {@link JavaProgram#startStoppable} is stopped by closing its {@link StopLine}, on
     * every OS. Any other gets SIGTERM, through the process handle, not Process.destroy(),
     * which also closes our end of the program's output and would lose what it prints while
     * it shuts down; Windows has no SIGTERM (destroy() is TerminateProcess, which runs no
     * hook), so there the test is skipped with one sentence.
     */
    public void interrupt() {
        if (stopLine != null) {
            closeStopLine();
            return;
        }
        Platform.requirePosix("stops the program with SIGTERM to run its shutdown hooks, which"
                + " Windows' TerminateProcess does not (start it with JavaProgram.startStoppable)");
        process.toHandle().destroy();
    }

    public synchronized List<String> stdoutSoFar() {
        return List.copyOf(stdout);
    }

    public long pid() {
        return process.pid();
    }

    /**
     * What every thread of the program is doing now (jcmd PID Thread.print), for the message
     * of a test that waited in vain: where the program's threads are is why.
     */
    public String threadDump() {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            var dump = new ProcessBuilder(jcmd, String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true).start();
            var text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return dump.waitFor(10, TimeUnit.SECONDS) ? text : "jcmd did not answer in 10 s";
        } catch (IOException e) {
            return "no thread dump: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "no thread dump: interrupted";
        }
    }

    /** Waits up to the limit for the program to end; true if it still runs after it. */
    public boolean isStillRunningAfter(Duration limit) {
        try {
            return !process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for " + name);
        }
    }

    /** Waits for the program to end by itself and returns what it printed. */
    public ProgramResult awaitExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail(name + " did not exit within " + limit + "\n--- stdout so far ---\n" + String.join("\n", stdoutSoFar()));
            }
            stdoutPump.join(Duration.ofSeconds(5));
            stderrPump.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for " + name);
        }
        synchronized (this) {
            return new ProgramResult(process.exitValue(), joined(stdout), joined(stderr));
        }
    }

    private static String joined(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** Stops the program if it still runs: politely first, then by force. */
    @Override
    public void close() {
        closeStopLine();
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}

package sockets.ch10;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The echo server as a child process whose open-file limit is low: a shell lowers it with
 * {@code ulimit -n} (soft and hard, so the JVM cannot raise it again) and then becomes the JVM
 * ({@code exec}), so the process id is the server's. Every line the server prints is kept.
 */
final class ServerWithFewDescriptors implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on [^:\\s]+:(\\d+)");

    private final Process process;
    private final List<String> lines = new ArrayList<>();

    ServerWithFewDescriptors(int descriptors, String... args) {
        var command = new ArrayList<>(List.of("bash", "-c", "ulimit -n " + descriptors + " && exec \"$@\"",
                "bash", javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classDirectory(), EchoServer.class.getName()));
        command.addAll(List.of(args));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::keepLines);
    }

    private void keepLines() {
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException gone) {
            // the process was stopped
        }
        synchronized (this) {
            notifyAll();
        }
    }

    /** Waits for a line that contains the text, in any case, and returns it. */
    synchronized String awaitLine(String containing, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (int seen = 0; ; ) {
            for (; seen < lines.size(); seen++) {
                if (contains(lines.get(seen), containing)) {
                    return lines.get(seen);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || !process.isAlive()) {
                return fail("no line with '" + containing + "' within " + limit + "; the output:\n"
                        + output());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    InetSocketAddress awaitListening() throws InterruptedException {
        var matcher = LISTENING.matcher(awaitLine("listening on ", Duration.ofSeconds(20)));
        matcher.find();
        return new InetSocketAddress("127.0.0.1", Integer.parseInt(matcher.group(1)));
    }

    synchronized long linesContaining(String text) {
        return lines.stream().filter(line -> contains(line, text)).count();
    }

    /** The first lines the server printed, for a failure message. */
    synchronized String output() {
        return String.join("\n", lines.subList(0, Math.min(lines.size(), 50)));
    }

    private static boolean contains(String line, String text) {
        return line.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    /** Waits up to the limit for the process to end; true if it is still running after it. */
    boolean isStillRunningAfter(Duration limit) throws InterruptedException {
        return !process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** CPU time the server has used, user and system, in clock ticks (1/100 s): /proc/PID/stat. */
    long cpuTicks() throws IOException {
        var stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        // After the command name in parentheses: field 14 is utime, 15 stime.
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String classDirectory() {
        try {
            return Path.of(EchoServer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

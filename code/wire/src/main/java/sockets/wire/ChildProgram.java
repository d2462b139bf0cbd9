package sockets.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A chapter's program started by the capture, as its child and so in its namespace: its
 * output goes to the terminal line by line, and a {@code listening on HOST:PORT} line says
 * where a client may connect.
 */
record ChildProgram(Process process, Thread copier) {

    static final Pattern LISTENING = Pattern.compile("listening on (\\[[^]]+]|[^\\s:]+):(\\d+)");

    /** Starts a program in this namespace, its output copied line by line behind a prefix. */
    static ChildProgram start(List<String> command, String prefix, PrintStream out,
            CompletableFuture<List<String>> listening, boolean takesInput) throws IOException {
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (takesInput) {
            builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
        }
        var process = builder.start();
        // A program that ends (a server that could not listen) will print no listening line.
        process.onExit().thenRun(() -> listening.completeExceptionally(new IllegalStateException("exited")));
        var copier = Thread.ofPlatform().daemon()
                .start(() -> copyLines(process.getInputStream(), prefix, out, listening));
        return new ChildProgram(process, copier);
    }

    /** Waits for the program to end, until the deadline ({@link System#nanoTime()}), then stops it. */
    void awaitOrStop(long deadline) throws InterruptedException {
        if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            stop();
        }
        copier.join(Duration.ofSeconds(2)); // its last lines are printed before the packets
    }

    /** Stops the program (SIGTERM, as Ctrl-C would) and waits for its last lines. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
        copier.join(Duration.ofSeconds(2));
    }

    private static void copyLines(InputStream from, String prefix, PrintStream out,
            CompletableFuture<List<String>> listening) {
        try (var lines = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.println(prefix + line);
                var ready = LISTENING.matcher(line);
                if (ready.find()) {
                    listening.complete(List.of(ready.group(1).replaceAll("[\\[\\]]", ""), ready.group(2)));
                }
            }
        } catch (IOException ended) {
            // the program ended; its output is complete
        }
    }
}

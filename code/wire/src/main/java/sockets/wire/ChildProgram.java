package sockets.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * A chapter's program started by the capture, as its child and so in its namespace: its
 * output goes to the terminal line by line, and a {@code listening on HOST:PORT} line says
 * where a client may connect.
 */
final class ChildProgram {

    static final Pattern LISTENING = Pattern.compile("listening on (\\[[^]]+]|[^\\s:]+):(\\d+)");
    private ChildProgram() {
    }

    /** Starts a program in this namespace, its output copied line by line behind a prefix. */
    static Process start(List<String> command, String prefix, PrintStream out,
            CompletableFuture<List<String>> listening, boolean takesInput) throws IOException {
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (takesInput) {
            builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
        }
        var process = builder.start();
        Thread.ofPlatform().daemon().start(() -> copyLines(process.getInputStream(), prefix, out, listening));
        return process;
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

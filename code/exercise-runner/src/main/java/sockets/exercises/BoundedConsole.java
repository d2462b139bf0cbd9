package sockets.exercises;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a grading child prints, read as it comes so the child never blocks on a full pipe, and
 * kept up to a limit only: a student's code that prints without end costs the grader nothing
 * but the reading. The text is for the teacher when a run ends without results, never a grade.
 */
final class BoundedConsole {

    /** Enough for the first error a JVM or a sandbox prints. */
    static final int KEPT_BYTES = 64 * 1024;

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    private BoundedConsole(InputStream output) {
        // A daemon: a process that escaped the kill (no namespace) may hold the pipe open for ever.
        var reader = new Thread(() -> drain(output), "grading console");
        reader.setDaemon(true);
        reader.start();
    }

    static BoundedConsole reading(InputStream output) {
        return new BoundedConsole(output);
    }

    private void drain(InputStream output) {
        var buffer = new byte[8192];
        try (output) {
            for (int n = output.read(buffer); n >= 0; n = output.read(buffer)) {
                synchronized (this) {
                    int keep = Math.min(n, KEPT_BYTES - kept.size());
                    kept.write(buffer, 0, keep);
                    dropped += n - keep;
                }
            }
        } catch (IOException closed) {
            // the process is gone
        }
    }

    /** The last line of what was kept, as a short reason: what a JVM or the sandbox said on failing. */
    synchronized String lastLine() {
        var lines = kept.toString(StandardCharsets.UTF_8).strip().lines().toList();
        return lines.isEmpty() ? "" : lines.getLast();
    }

    /** Bytes read past the limit and not kept. */
    synchronized long dropped() {
        return dropped;
    }
}

package sockets.exercises;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import sockets.cli.Session;
import sockets.cli.Workbook;
import sockets.cli.WorkbookRoot;

/** One run of the command line, in this JVM, on the workbook in {@code root}, with what it printed. */
record RunnerInvocation(int status, String out, String err) {

    /** Short enough that a test of a stuck exercise takes about two seconds, not ten. */
    static final Duration TEST_TIMEOUT = Duration.ofSeconds(2);

    static RunnerInvocation run(Path root, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try (var outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             var errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = Workbook.run(session(root, outStream, errStream), args);
            return new RunnerInvocation(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** The command line's view of a test's workbook: nothing typed on stdin. */
    static Session session(Path root, PrintStream out, PrintStream err) {
        return new Session(new WorkbookRoot(root), InputStream.nullInputStream(), out, err, TEST_TIMEOUT);
    }
}

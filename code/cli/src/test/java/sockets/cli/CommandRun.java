package sockets.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** One run of the command line in this JVM, on a workbook a test made, with what it printed. */
public record CommandRun(int status, String out, String err) {

    /** Short enough that a test of a stuck exercise takes about two seconds, not ten. */
    public static final Duration TEST_TIMEOUT = Duration.ofSeconds(2);

    public static CommandRun in(Path root, String... args) {
        return typing("", root, args);
    }

    /** With {@code stdin} as what the student types. */
    public static CommandRun typing(String stdin, Path root, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try (var outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             var errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            var session = new Session(new WorkbookRoot(root), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                    outStream, errStream, TEST_TIMEOUT);
            int status = Workbook.run(session, args);
            return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}

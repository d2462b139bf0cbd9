package sockets.exercises;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One run of the student CLI, in this JVM, with what it printed. */
record RunnerInvocation(int status, String out, String err) {

    /** Short enough that a test of a stuck exercise takes about two seconds, not ten. */
    static final Duration TEST_TIMEOUT = Duration.ofSeconds(2);

    static RunnerInvocation run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try (var outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             var errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = new ExerciseRunner(outStream, errStream, TEST_TIMEOUT).run(args);
            return new RunnerInvocation(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}

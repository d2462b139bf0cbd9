package sockets.cli.teachers;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;
import sockets.cli.UsageError;
import sockets.exercises.Grader;

/** The time limits of a grading run: the same three options for grade and report. */
public final class GradingLimits {

    @Option(names = "--exercise-limit", paramLabel = "S",
            description = "seconds one exercise's child JVM may run, compiling included (default 90)")
    String exerciseLimit;

    @Option(names = "--student-limit", paramLabel = "S",
            description = "seconds one student's exercises may run together (default 600)")
    String studentLimit;

    @Option(names = "--test-timeout", paramLabel = "S",
            description = "seconds one test may take before it is explained as stuck (default 10)")
    String testTimeout;

    /** The grader of the workbook at {@code root}, with these limits or the defaults. */
    Grader grader(Path root, Duration defaultTestTimeout) {
        return new Grader(root, seconds("--exercise-limit", exerciseLimit, Grader.EXERCISE_LIMIT),
                seconds("--student-limit", studentLimit, Grader.STUDENT_LIMIT),
                seconds("--test-timeout", testTimeout, defaultTestTimeout));
    }

    private static Duration seconds(String option, String value, Duration otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (!value.matches("[0-9]{1,6}") || Long.parseLong(value) == 0) {
            throw new UsageError(option + " takes a number of seconds, not " + value + ".");
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }
}

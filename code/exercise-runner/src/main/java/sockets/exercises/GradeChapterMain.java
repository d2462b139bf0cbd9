package sockets.exercises;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The grader's child JVM: {@code GradeChapterMain CHAPTER_DIR WORK RESULT_FILE EXERCISE...}
 * checks a chapter's exercises and writes one record per exercise to the result file, which the
 * grader reads. A JVM of its own, so a student's code that hangs or exits ends this JVM only.
 */
public final class GradeChapterMain {

    /** The time one test may take, in milliseconds: the grader passes its own. */
    static final String TEST_TIMEOUT_PROPERTY = "workbook.test.timeout.ms";

    /** JUnit logs through java.util.logging; nobody reads it here. Kept so it is not collected. */
    private static final Logger JUNIT_LOG = Logger.getLogger("org.junit");

    private GradeChapterMain() {
    }

    public static void main(String[] args) {
        JUNIT_LOG.setLevel(Level.OFF);
        if (args.length < 4) {
            System.err.println("GradeChapterMain is the grader's own: CHAPTER_DIR WORK RESULT_FILE EXERCISE...");
            System.exit(2);
        }
        var timeout = Duration.ofMillis(Long.getLong(TEST_TIMEOUT_PROPERTY, ExerciseLauncher.DEFAULT_TIMEOUT.toMillis()));
        int status = 0;
        try {
            Grader.gradeChapter(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]),
                    List.of(args).subList(3, args.length), timeout);
        } catch (IOException e) {
            System.err.println("could not write the results: " + e.getMessage());
            status = 1;
        }
        // A test abandoned in a blocking call leaves its thread behind: exit does not wait for it.
        System.exit(status);
    }
}

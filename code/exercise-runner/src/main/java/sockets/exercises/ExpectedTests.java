package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.regex.Pattern;

/**
 * How many tests the grader's own test classes hold for an exercise: the number of results the
 * parent must receive before it counts the exercise as passed. Read from the grader's sources,
 * never from what the child says it ran. The workbook's tests are plain {@code @Test} methods.
 */
final class ExpectedTests {

    private static final Pattern TEST = Pattern.compile("(?m)^\\s*@Test\\b");

    private ExpectedTests() {
    }

    static int of(ChapterExercises chapter, String exercise) {
        int count = 0;
        for (var testClass : chapter.testClassNames()) {
            if (ChapterExercises.exerciseOf(testClass).equals(exercise)) {
                var file = chapter.tests().resolve(testClass.replace('.', '/') + ".java");
                try {
                    count += (int) TEST.matcher(Files.readString(file)).results().count();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the grader's test " + file, e);
                }
            }
        }
        return count;
    }
}

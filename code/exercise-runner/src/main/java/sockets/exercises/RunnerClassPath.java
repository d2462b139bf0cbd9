package sockets.exercises;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The class path exercises compile against: the runner's own (testkit, JUnit). Under surefire
 * java.class.path may be a single manifest-only jar that javac cannot see through, so surefire's
 * own record of the test class path comes first.
 */
final class RunnerClassPath {

    private RunnerClassPath() {
    }

    static List<Path> entries() {
        var surefire = System.getProperty("surefire.test.class.path");
        var classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path", "");
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
    }
}

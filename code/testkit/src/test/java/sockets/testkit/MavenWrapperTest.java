package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build finds its JDK in one place: ./mvnw sources .mvn/find-jdk.sh and runs Maven on the
 * JDK 25 it finds, so the compiler and the tests use that JDK with no toolchain. mvnw is the
 * Maven Wrapper's own script with those lines added; a wrapper upgrade
 * (mvn wrapper:wrapper) rewrites it, and this test fails until the lines are back.
 */
class MavenWrapperTest {

    /** The repository root, seen from this module's directory (Surefire's working directory). */
    private static final Path ROOT = Path.of("..", "..");

    @Test
    void mvnw_runs_maven_on_the_jdk_that_find_jdk_finds() throws IOException {
        var mvnw = Files.readString(ROOT.resolve("mvnw"));
        assertTrue(Files.isRegularFile(ROOT.resolve(".mvn/find-jdk.sh")), ".mvn/find-jdk.sh is missing");
        var wanted = """
                . "$(dirname "$0")/.mvn/find-jdk.sh"
                JAVA_HOME=$(workbook_find_jdk) || exit 1
                export JAVA_HOME
                """;
        assertTrue(mvnw.contains(wanted), "mvnw no longer finds the JDK: after a wrapper upgrade, put these"
                + " lines back right after its `set -euf`:\n" + wanted);
        assertTrue(mvnw.indexOf(wanted) < mvnw.indexOf("JAVACMD="),
                "mvnw must find the JDK before it chooses its java command");
    }
}

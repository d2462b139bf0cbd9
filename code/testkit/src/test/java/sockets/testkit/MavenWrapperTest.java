package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build finds its JDK in one place: ./mvnw sources .mvn/find-jdk.sh and mvnw.cmd calls
 * .mvn/find-jdk.cmd (both run .mvn/JdkFinder.java), and Maven runs on the JDK 25 they find, so
 * the compiler and the tests use that JDK with no toolchain. mvnw and mvnw.cmd are the Maven
 * Wrapper's own scripts with those lines added; a wrapper upgrade (mvn wrapper:wrapper)
 * rewrites them, and this test fails until the lines are back. Git for Windows may check the
 * scripts out with CRLF line endings: the lines are compared without them.
 */
class MavenWrapperTest {

    /** The repository root, seen from this module's directory (Surefire's working directory). */
    private static final Path ROOT = Path.of("..", "..");

    @Test
    void mvnw_runs_maven_on_the_jdk_that_find_jdk_finds() throws IOException {
        assertWrapperFindsTheJdk("mvnw", """
                . "$(dirname "$0")/.mvn/find-jdk.sh"
                JAVA_HOME=$(workbook_find_jdk) || exit 1
                export JAVA_HOME
                """, "set -euf", "JAVACMD=");
    }

    @Test
    void mvnw_cmd_runs_maven_on_the_jdk_that_find_jdk_finds() throws IOException {
        assertWrapperFindsTheJdk("mvnw.cmd", """
                @CALL "%~dp0.mvn\\find-jdk.cmd"
                @IF ERRORLEVEL 1 EXIT /B 1
                """, "@SET __MVNW_ERROR__=", "powershell");
    }

    /** The wrapper holds {@code wanted} (put back after the line {@code after}) before it starts Maven at {@code start}. */
    private static void assertWrapperFindsTheJdk(String wrapper, String wanted, String after, String start) throws IOException {
        var script = normalised(wrapper);
        assertTrue(script.contains(wanted), wrapper + " no longer finds the JDK: after a wrapper upgrade, put these"
                + " lines back right after its `" + after + "`:\n" + wanted);
        assertTrue(script.indexOf(wanted) < script.indexOf(start), wrapper + " must find the JDK before it starts Maven");
    }

    @Test
    void both_scripts_run_the_one_finder() throws IOException {
        assertTrue(Files.isRegularFile(FakeMachine.FINDER), ".mvn/JdkFinder.java is missing");
        assertTrue(normalised(".mvn/find-jdk.sh").contains("/.mvn/JdkFinder.java"), "find-jdk.sh runs JdkFinder.java");
        assertTrue(normalised(".mvn/find-jdk.cmd").contains("%~dp0JdkFinder.java"), "find-jdk.cmd runs JdkFinder.java");
    }

    private static String normalised(String script) throws IOException {
        return Files.readString(ROOT.resolve(script)).replace("\r\n", "\n");
    }
}

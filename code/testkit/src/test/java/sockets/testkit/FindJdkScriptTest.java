package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * .mvn/find-jdk.sh, as ./mvnw and ./workbook source it, under each POSIX shell a student may
 * have: sh, dash (Debian's and Ubuntu's sh) and bash (3.2 on macOS). It runs the finder with
 * some java 11+ and caches the answer in target/jdk-home, so a second run starts no JVM. The
 * repository here is a copy in a temp folder, so each test has its own cache.
 */
@Timeout(120)
class FindJdkScriptTest {

    private static final String FIND = ". \"$1/.mvn/find-jdk.sh\" && workbook_find_jdk \"$1\"";

    @TempDir
    Path repository;

    @TempDir
    Path elsewhere;

    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void a_copy_of_the_scripts_and_a_path_with_the_tests_java() throws IOException {
        Platform.requirePosix("sources .mvn/find-jdk.sh in a POSIX shell (Windows runs find-jdk.cmd)");
        Files.createDirectories(repository.resolve(".mvn"));
        Files.copy(FakeMachine.FINDER, repository.resolve(".mvn/JdkFinder.java"));
        Files.copy(FakeMachine.REPOSITORY.resolve(".mvn/find-jdk.sh"), repository.resolve(".mvn/find-jdk.sh"));
        script(elsewhere.resolve("bin/java"), "exec '" + FakeMachine.javaOfThisTest() + "' \"$@\"");
        env.put("HOME", elsewhere.toString());
        env.put("PATH", elsewhere.resolve("bin") + ":/usr/bin:/bin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh", "dash", "bash"})
    void finds_a_jdk_25_past_a_java_home_too_old_to_run_it_and_caches_the_answer(String shell) throws IOException {
        env.put("JAVA_HOME", fakeJdk("old", "1.8.0_402", "echo 'Error: Could not find or load main class .mvn.JdkFinder.java' >&2; exit 1").toString());

        var result = run(shell);

        assertEquals(0, result.exitCode(), result.toString());
        var home = Path.of(result.stdout().strip());
        assertTrue(feature(home) >= 25, "a JDK 25+ home: " + home);
        assertEquals(home.toString(), Files.readString(cache()).strip(), "target/jdk-home");
        try (var target = Files.list(cache().getParent())) {
            assertEquals(List.of(cache()), target.toList(), "the cache alone, no file of the run left behind");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh", "dash", "bash"})
    void answers_from_the_cache_without_starting_a_java(String shell) throws IOException {
        var cached = fakeJdk("cached", "25.0.1", "exit 3");
        Files.createDirectories(cache().getParent());
        Files.writeString(cache(), cached + "\n");
        env.put("PATH", "/usr/bin:/bin");

        var result = run(shell);

        assertEquals(cached.toString(), result.stdout().strip(), result.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh", "dash", "bash"})
    void forgets_a_cached_home_that_is_gone(String shell) throws IOException {
        Files.createDirectories(cache().getParent());
        Files.writeString(cache(), elsewhere.resolve("uninstalled-jdk-25") + "\n");

        var result = run(shell);

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(result.stdout().strip(), Files.readString(cache()).strip(), "target/jdk-home");
        assertTrue(feature(Path.of(result.stdout().strip())) >= 25, result.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh", "dash", "bash"})
    void takes_a_java_home_of_25_from_its_release_file_without_starting_a_java(String shell) throws IOException {
        var chosen = fakeJdk("chosen", "25", "exit 3");
        env.put("JAVA_HOME", chosen.toString());

        var result = run(shell);

        assertEquals(chosen.toString(), result.stdout().strip(), result.toString());
        assertFalse(Files.exists(cache()), "nothing to cache when no finder ran");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh", "dash", "bash"})
    void says_what_to_install_when_the_only_java_is_too_old_to_run_the_finder(String shell) throws IOException {
        Platform.requireLinux("needs a machine whose only java is too old, where macOS's /usr/libexec/java_home names another");
        script(elsewhere.resolve("bin/java"), "echo 'Error: Could not find or load main class .mvn.JdkFinder.java' >&2; exit 1");

        var result = run(shell);

        result.assertUserError();
        assertTrue(result.stderr().startsWith("No JDK 25 or newer was found"), result.toString());
        assertFalse(Files.exists(cache()), "no answer cached");
    }

    private ProgramResult run(String shell) throws IOException {
        assumeTrue(installed(shell), shell + " is not installed here, so find-jdk.sh is not tried under it");
        var command = new ArrayList<>(List.of(shell, "-c", FIND, shell, repository.toString()));
        var builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(env);
        try (var process = new RunningProgram("find-jdk.sh under " + shell, builder.start())) {
            return process.awaitExit(FakeMachine.FINDER_LIMIT);
        }
    }

    private Path cache() {
        return repository.resolve("target/jdk-home");
    }

    /** A JDK home with a release file, whose bin/java is a script: the tests see whether it ran. */
    private Path fakeJdk(String name, String version, String java) throws IOException {
        var home = elsewhere.resolve(name);
        script(home.resolve("bin/java"), java);
        script(home.resolve("bin/javac"), "exit 3");
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    private static void script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static int feature(Path home) throws IOException {
        var version = Files.readAllLines(home.resolve("release")).stream()
                .filter(line -> line.startsWith("JAVA_VERSION=\""))
                .findFirst().orElse("JAVA_VERSION=\"0\"");
        return Integer.parseInt(version.replaceAll("JAVA_VERSION=\"(1\\.)?([0-9]+).*", "$2"));
    }

    private static boolean installed(String shell) {
        return List.of("/bin", "/usr/bin", "/usr/local/bin", "/opt/homebrew/bin").stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, shell)));
    }
}

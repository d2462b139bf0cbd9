package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A folder laid out as one OS's JDK installers leave a disk (a macOS, a Windows or a Linux
 * machine), and .mvn/JdkFinder.java run against it: the finder looks up every absolute path
 * inside the folder (Windows's C:\X as C/X) and reads only the environment given here. A fake
 * JDK home is a release file and an empty bin/java and javac: the finder reads, it never runs them.
 * Close it after each test: it removes its links, whose targets JUnit would warn lie outside.
 */
final class FakeMachine implements AutoCloseable {

    /** The repository root, seen from this module's directory (Surefire's working directory). */
    static final Path REPOSITORY = Path.of("..", "..");

    static final Path FINDER = REPOSITORY.resolve(".mvn/JdkFinder.java");

    /** Compiling the finder from source takes about a second; a loaded machine is given plenty. */
    static final Duration FINDER_LIMIT = Duration.ofSeconds(60);

    private final String os;
    private final Path root;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Path> links = new ArrayList<>();

    FakeMachine(String os, Path root) {
        this.os = os;
        this.root = root;
    }

    /** The file this machine's absolute path names, inside the fake root. */
    Path file(String osPath) {
        var slashed = osPath.replace('\\', '/');
        if (slashed.length() > 1 && slashed.charAt(1) == ':') {
            slashed = slashed.charAt(0) + slashed.substring(2);
        }
        return root.resolve(slashed.replaceFirst("^/+", "")).toAbsolutePath().normalize();
    }

    /** A JDK home whose release file says {@code JAVA_VERSION="version"}; returns where it is. */
    Path jdk(String osPath, String version) throws IOException {
        var home = file(osPath);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + version + "\"\n");
        var exe = os.equals("windows") ? ".exe" : "";
        Files.writeString(home.resolve("bin/java" + exe), "");
        Files.writeString(home.resolve("bin/javac" + exe), "");
        return home;
    }

    /** A plain file, such as Apple's /usr/bin/java stub: a java command that is in no JDK home. */
    Path plainFile(String osPath) throws IOException {
        var file = file(osPath);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "");
    }

    /** A symbolic link at {@code osLink} to {@code target}, as written (absolute or relative). */
    void link(String osLink, String target) throws IOException {
        var link = file(osLink);
        Files.createDirectories(link.getParent());
        try {
            links.add(Files.createSymbolicLink(link, Path.of(target)));
        } catch (UnsupportedOperationException | FileSystemException e) {
            // Windows lets an account make links only with Developer Mode on or as an administrator.
            abort("this account may not create symbolic links (" + e.getMessage() + ")");
        }
    }

    FakeMachine env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /**
     * Runs the finder with the test's own java, compiled once for all tests (compiling it from
     * source, as the scripts do, costs a second a run; JdkFinderIsJava11Test does it once).
     */
    ProgramResult find() throws IOException {
        return run(List.of(javaOfThisTest(), "-cp", CompiledFinder.CLASSES.toString(), "JdkFinder"));
    }

    /** The finder answers {@code home}: it prints it and exits 0. */
    void assertFinds(Path home) throws IOException {
        var result = find();
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(home.toString(), result.stdout().strip(), result.toString());
    }

    /** Runs the finder as .mvn/find-jdk.sh and find-jdk.cmd do: java .mvn/JdkFinder.java. */
    ProgramResult findFromSource() throws IOException {
        return run(List.of(javaOfThisTest(), FINDER.toString()));
    }

    /** Under --root the finder reads no variable of its own; the launcher's options would add a line to stderr. */
    private ProgramResult run(List<String> finder) throws IOException {
        var command = new ArrayList<>(finder);
        command.addAll(List.of("--os", os, "--root", root.toString()));
        env.forEach((name, value) -> command.addAll(List.of("--env", name + "=" + value)));
        var builder = new ProcessBuilder(command);
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        try (var process = new RunningProgram("JdkFinder", builder.start())) {
            return process.awaitExit(FINDER_LIMIT);
        }
    }

    @Override
    public void close() throws IOException {
        for (var link : links) {
            Files.deleteIfExists(link);
        }
    }

    static String javaOfThisTest() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    /** The finder compiled for Java 11 into this module's target folder, once per test JVM. */
    private static final class CompiledFinder {
        static final Path CLASSES = JdkFinderIsJava11Test.compile(Path.of("target", "jdk-finder-classes"));
    }
}

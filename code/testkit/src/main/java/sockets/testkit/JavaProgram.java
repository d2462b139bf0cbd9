package sockets.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a chapter's {@code main} in a child JVM, as a student would from the shell. A child
 * process gives real exit codes, real stdout and stderr and nothing shared between parallel
 * tests. Chapter programs use the JDK alone, so their class directory is the whole class path.
 */
public final class JavaProgram {

    /** How long a program that should finish by itself may take before the test fails. */
    public static final Duration RUN_LIMIT = Duration.ofSeconds(30);

    private JavaProgram() {
    }

    /** Runs the program to its end with stdout and stderr apart. */
    public static ProgramResult run(Class<?> main, String... args) {
        try (var program = start(main, false, args)) {
            return program.awaitExit(RUN_LIMIT);
        }
    }

    /** Runs the program to its end with stderr merged into stdout, as a terminal shows them. */
    public static ProgramResult runMerged(Class<?> main, String... args) {
        try (var program = start(main, true, args)) {
            return program.awaitExit(RUN_LIMIT);
        }
    }

    /** Starts the program and returns at once; close the result to stop it. */
    public static RunningProgram start(Class<?> main, String... args) {
        return start(main, false, args);
    }

    /**
     * Starts the program so that {@link RunningProgram#interrupt()} stops it as Ctrl-C would,
     * its shutdown hooks first, on every OS: through {@link StopLine}, a connection from the
     * program's JVM to the test's, not a signal, which Windows does not have.
     */
    public static RunningProgram startStoppable(Class<?> main, String... args) {
        try (var stopLines = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            stopLines.setSoTimeout((int) RUN_LIMIT.toMillis());
            var program = start(main, new ProcessBuilder(javaCommand(main, stopLines.getLocalPort(), args)));
            try {
                program.holdStopLine(stopLines.accept());
                return program;
            } catch (IOException e) {
                program.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + main.getName() + " with a stop line", e);
        }
    }

    /**
     * Starts the program with an open-file limit of {@code descriptors}: a shell lowers it with
     * {@code ulimit -n} (soft and hard, so the JVM cannot raise it again), then becomes the JVM
     * ({@code exec}), so the process id is the program's. Needs bash, as on Linux and macOS.
     */
    public static RunningProgram startWithOpenFileLimit(int descriptors, Class<?> main, String... args) {
        Platform.requirePosix("lowers the program's open-file limit with ulimit -n, which Windows does not have");
        var command = new ArrayList<>(List.of("bash", "-c", "ulimit -n " + descriptors + " && exec \"$@\"", "bash"));
        command.addAll(javaCommand(main, 0, args));
        return start(main, new ProcessBuilder(command));
    }

    private static RunningProgram start(Class<?> main, boolean mergeStderr, String... args) {
        return start(main, new ProcessBuilder(javaCommand(main, 0, args)).redirectErrorStream(mergeStderr));
    }

    private static RunningProgram start(Class<?> main, ProcessBuilder builder) {
        try {
            return new RunningProgram(main.getSimpleName(), builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + main.getName(), e);
        }
    }

    /** The java command line; with a {@code stopLine} port other than 0, run through StopLine. */
    private static List<String> javaCommand(Class<?> main, int stopLine, String... args) {
        var command = new ArrayList<>(List.of(javaExecutable(),
                // A quick start matters more than peak speed for a program that runs seconds.
                // No /tmp/hsperfdata file: with many JVMs starting at once, one may find its
                // file locked and warn on stderr, which a transcript would then contain.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData"));
        // What ./workbook passes too: the program's NAME.jvm line in programs.properties.
        command.addAll(Programs.jvmOptionsOf(main));
        if (stopLine == 0) {
            command.addAll(List.of("-cp", classDirectory(main).toString(), main.getName()));
        } else {
            command.addAll(List.of("-D" + StopLine.PORT + "=" + stopLine,
                    "-cp", classDirectory(main) + File.pathSeparator + classDirectory(StopLine.class),
                    StopLine.class.getName(), main.getName()));
        }
        command.addAll(List.of(args));
        return command;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Path classDirectory(Class<?> main) {
        try {
            return Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no class directory for " + main.getName(), e);
        }
    }
}

package sockets.cli.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sockets.cli.Session;

/**
 * A program of the workbook's own code in a JVM of its own: the JDK this one runs on, the class
 * path its main class was loaded from, the workbook's folder as its working directory, and what
 * it prints on the session's streams. It reads no input.
 */
record ChildJvm(Session session) {

    /** Runs {@code main} with {@code arguments} and returns its exit status. */
    int run(Class<?> main, List<String> arguments) throws InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(main), main.getName()));
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(session.root().directory().toFile()).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + main.getName(), e);
        }
        var errors = Thread.ofVirtual().start(() -> passOn(process.getErrorStream(), session.err()));
        passOn(process.getInputStream(), session.out());
        errors.join();
        return process.waitFor();
    }

    /** What a child prints, passed on as it comes, until it closes its end. */
    static void passOn(InputStream from, PrintStream to) {
        try (from) {
            from.transferTo(to);
        } catch (IOException ended) {
            // the child is gone: what it printed has been passed on
        }
    }

    private static String classPath(Class<?> main) {
        try {
            return Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no class path for " + main.getName(), e);
        }
    }
}

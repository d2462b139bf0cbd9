package sockets.cli.tools;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import sockets.cli.WorkbookRoot;

/**
 * The C reference servers of code/bench-c, which every rate of the bench is compared with:
 * compiled with gcc into code/bench-c/target when gcc is on the PATH ({@code path}, the PATH's
 * value), left out with a note when it is not or when they do not compile (epoll is Linux's).
 */
record CServers(WorkbookRoot root, String path) {

    /** Long enough for two small files on a loaded machine; a gcc that hangs is given up. */
    private static final long COMPILE_SECONDS = 120;

    void compile(PrintStream err) {
        var gcc = onPath("gcc");
        if (gcc.isEmpty()) {
            err.println("bench: no gcc here, so the C servers are left out.");
            return;
        }
        var sources = root.resolve("code/bench-c");
        var target = sources.resolve("target");
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + target, e);
        }
        boolean compiled = gcc(err, gcc.get(), "-o", target.resolve("epoll_echo"), sources.resolve("epoll_echo.c"))
                && gcc(err, gcc.get(), "-pthread", "-o", target.resolve("thread_per_client_echo"),
                        sources.resolve("thread_per_client_echo.c"));
        if (!compiled) {
            err.println("bench: the C servers did not compile; they are left out.");
        }
    }

    Optional<Path> onPath(String tool) {
        for (var directory : path.split(File.pathSeparator)) {
            for (var name : List.of(tool, tool + ".exe")) {
                if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, name))) {
                    return Optional.of(Path.of(directory, name));
                }
            }
        }
        return Optional.empty();
    }

    /** gcc -O2 -Wall with these arguments, its messages on {@code err}: whether it compiled. */
    private static boolean gcc(PrintStream err, Path gcc, Object... arguments) {
        var command = new ArrayList<>(List.of(gcc.toString(), "-O2", "-Wall"));
        for (var argument : arguments) {
            command.add(argument.toString());
        }
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            var output = Thread.ofVirtual().start(() -> ChildJvm.passOn(process.getInputStream(), err));
            if (!process.waitFor(COMPILE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            output.join();
            return process.exitValue() == 0;
        } catch (IOException e) {
            err.println("bench: could not run gcc: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

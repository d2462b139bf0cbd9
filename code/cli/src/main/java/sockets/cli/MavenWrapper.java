package sockets.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbook's Maven wrapper, run in the workbook's folder with its output on stderr (stdout
 * is for what a command answers). On Windows it is mvnw.cmd, which only cmd can run; elsewhere
 * mvnw, through sh, so that a copy that lost its executable bit (a zip download) still builds.
 */
public record MavenWrapper(WorkbookRoot root) {

    /** Runs the wrapper with these arguments and says whether it succeeded. */
    public boolean run(PrintStream err, String... arguments) {
        var command = new ArrayList<String>(windows()
                ? List.of("cmd", "/c", root.resolve("mvnw.cmd").toString())
                : List.of("sh", root.resolve("mvnw").toString()));
        command.addAll(List.of(arguments));
        try {
            var process = new ProcessBuilder(command).directory(root.directory().toFile())
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            try (var output = process.getInputStream()) {
                output.transferTo(err);
            }
            return process.waitFor() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Maven wrapper in " + root.directory(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while the Maven wrapper ran");
        }
    }

    static boolean windows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}

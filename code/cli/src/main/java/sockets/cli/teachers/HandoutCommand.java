package sockets.cli.teachers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.UsageError;
import sockets.cli.Workbook;
import sockets.exercises.TestFileChecksums;

/**
 * {@code ./workbook handout DIR}: writes a students' copy of this workbook to a new (or empty)
 * folder outside it, in Java on every OS (see {@link Handout} for what the copy holds).
 */
@Command(name = "handout", customSynopsis = "./workbook handout DIR", description = {
        "write a students' copy to DIR: no reference solutions,",
        "a note in its README, checksums of the test files, a CI workflow",
})
public final class HandoutCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "a new or empty folder outside the workbook")
    Path directory;

    @Override
    public Integer call() {
        var session = workbook.session();
        var root = session.root();
        if (directory == null) {
            throw new UsageError("Say where to write the students' copy: ./workbook handout DIR.");
        }
        var copy = root.directory().resolve(directory).normalize();
        if (Files.exists(copy) && !isEmptyFolder(copy)) {
            throw new UsageError(directory + " exists and is not empty: give a new directory.");
        }
        if (real(copy).startsWith(real(root.directory()))) {
            throw new UsageError("Give a directory outside the workbook, not " + copy + ".");
        }
        new Handout(root, copy).write();
        var out = session.out();
        out.println("the students' copy: " + copy + " (no exercises/solution/; test checksums in "
                + TestFileChecksums.MANIFEST + ";");
        out.println("a CI workflow in " + Handout.WORKFLOW + "). Make it a repository: " + (windows()
                ? "in " + copy + ", git init, git add -A, git update-index --chmod=+x workbook mvnw and git commit -m \"Hand out\""
                : "cd " + copy + " && git init && git add -A && git commit -m 'Hand out'"));
        return Workbook.DONE;
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The path with its links resolved as far as it exists: a link to inside the workbook is inside it. */
    private static Path real(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : real(path.getParent()).resolve(path.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * On Windows, Git records no executable bit (core.fileMode is off): the launchers for Linux
     * and macOS get theirs by hand. And cmd has no single quotes, Windows PowerShell no &&.
     */
    private static boolean windows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}

package sockets.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workbook made in a test's temp folder from the exercise runner's fixture chapter
 * (code/exercise-runner/src/test/resources), which is read where it is and never written to.
 */
public final class FixtureWorkbook {

    private FixtureWorkbook() {
    }

    /** The fixture's chapters folder, holding 01-fixture. */
    public static Path fixtureChapters() {
        // surefire runs a module's tests in its directory, code/cli
        return resource("fixture-chapters");
    }

    /** A complete sources folder: {@code blocking}, {@code compile-error}, {@code half-done}. */
    public static Path variant(String name) {
        return resource("fixture-variants").resolve(name);
    }

    /** {@code root} with chapters/01-fixture copied in: a workbook whose chapter 01 has the fixture's exercises. */
    public static Path in(Path root) {
        try {
            Files.createDirectories(root.resolve("chapters"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileTree.copyWithoutReplacing(fixtureChapters(), root.resolve("chapters"));
        return root;
    }

    /** The fixture chapter of a workbook made by {@link #in}. */
    public static Path chapter(Path root) {
        return root.resolve("chapters/01-fixture");
    }

    private static Path resource(String name) {
        return Path.of("../exercise-runner/src/test/resources", name).toAbsolutePath().normalize();
    }
}

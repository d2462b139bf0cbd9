package sockets.cli.teachers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import sockets.cli.WorkbookRoot;
import sockets.exercises.TestFileChecksums;

/**
 * A students' copy of the workbook in {@code copy}: the workbook's own files without the
 * reference solutions, hidden tests or anyone's work, a .gitignore that lets students commit their work,
 * the checksums of the test files, the CI workflow that grades every push, and a note at the
 * end of the README on how their exercises are checked.
 */
record Handout(WorkbookRoot root, Path copy) {

    /**
     * What a handout leaves out: the reference solutions, the typical mistakes (some are a line
     * away from a solution), an assignment's hidden tests, a work copy and its backups, the hints
     * shown.
     */
    private static final Pattern LEFT_OUT = Pattern.compile(
            "chapters/.+/exercises/(solution/|mistakes/|work/|work\\.bak-).*|assignments/[^/]+\\.hidden/.*|(.*/)?\\.hints-shown");

    /** The lines of .gitignore that keep a student's work out of Git, and the comment above them. */
    private static final Pattern WORK_IGNORED = Pattern.compile(".*exercises/work/.*|# Each student.s own copy.*");

    static final String WORKFLOW = ".github/workflows/workbook-grade.yml";

    void write() {
        try {
            for (var file : new WorkbookFiles(root.directory()).list()) {
                var source = root.resolve(file);
                if (!LEFT_OUT.matcher(file).matches() && Files.isRegularFile(source)) {
                    var target = copy.resolve(file);
                    Files.createDirectories(target.getParent());
                    // the attributes: workbook and mvnw stay executable
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            keepWorkInGit();
            TestFileChecksums.write(copy);
            Files.createDirectories(copy.resolve(WORKFLOW).getParent());
            Files.copy(root.resolve("code/exercise-runner/classroom/workbook-grade.yml"), copy.resolve(WORKFLOW));
            Files.write(copy.resolve("README.adoc"), Files.readAllBytes(root.resolve("code/exercise-runner/classroom/handout-readme.adoc")),
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the students' copy in " + copy, e);
        }
    }

    private void keepWorkInGit() throws IOException {
        var gitignore = copy.resolve(".gitignore");
        if (Files.isRegularFile(gitignore)) {
            var kept = Files.readAllLines(gitignore).stream().filter(line -> !WORK_IGNORED.matcher(line).matches())
                    .map(line -> line + "\n").collect(Collectors.joining());
            Files.writeString(gitignore, kept);
        }
    }
}

package sockets.cli.students;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.UsageError;
import sockets.cli.Workbook;
import sockets.exercises.CheckResult;
import sockets.exercises.ExerciseCheck;
import sockets.exercises.ExercisesDocument;
import sockets.exercises.ShownHints;
import sockets.exercises.StudentReport;
import sockets.exercises.TestFileChecksums;

/**
 * {@code ./workbook check NN}: compiles and tests the student's copy of a chapter's exercises,
 * made from the starters first if there is none (and topped up with a starter added since,
 * never replacing a file). Status 0 when every exercise passes, 1 when one fails.
 */
@Command(name = "check", customSynopsis = "./workbook check NN [--show-solution] [--sources DIR]", description = {
        "test your exercises of chapter NN (your copy in exercises/work);",
        "--show-solution: for each that passes, how the reference differs"})
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NN", description = "the chapter's number, e.g. 01")
    String chapterNumber;

    @Option(names = "--show-solution", description = "for each exercise that passes, how the reference solution differs from yours")
    boolean showSolution;

    @Option(names = "--sources", paramLabel = "DIR", description = "test the sources in DIR instead of exercises/work")
    Path sources;

    @Override
    public Integer call() {
        var session = workbook.session();
        var chapter = session.root().chapter(chapterNumber);
        var exercises = chapter.withWorkCopy(session.err());
        var tested = sources == null ? exercises.studentSources() : session.root().directory().resolve(sources);
        if (!Files.isDirectory(tested)) {
            throw new UsageError("No such sources directory: " + sources + ".");
        }
        warnOfEditedTests(session.root().directory(), exercises.chapterDir(), session.err());
        var result = ExerciseCheck.withTimeout(session.testTimeout()).check(exercises, tested);
        session.out().print(StudentReport.of(result, ExercisesDocument.load(exercises.document()),
                exercises.number(), ShownHints.load(exercises.hintsShown())));
        if (showSolution) {
            new ReferenceSolutions(exercises, session.out()).show(tested, result);
        }
        return result instanceof CheckResult.Ran ran && ran.allPass() ? Workbook.DONE : Workbook.FAILED;
    }

    /**
     * One line, never a failure, when the chapter's test files differ from the ones the handout
     * shipped (its manifest, where there is one): the teacher grades with their own tests.
     */
    private static void warnOfEditedTests(Path root, Path chapterDir, PrintStream err) {
        var prefix = "chapters/" + chapterDir.getFileName() + "/";
        var edited = TestFileChecksums.edited(root).stream().filter(path -> path.startsWith(prefix)).toList();
        if (!edited.isEmpty()) {
            err.println("warning: " + String.join(", ", edited) + (edited.size() == 1 ? " differs" : " differ")
                    + " from the handout's tests; a grade uses the handout's own.");
        }
    }
}

package sockets.cli.students;

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
        var result = ExerciseCheck.withTimeout(session.testTimeout()).check(exercises, tested);
        session.out().print(StudentReport.of(result, ExercisesDocument.load(exercises.document()),
                exercises.number(), ShownHints.load(exercises.hintsShown())));
        if (showSolution) {
            new ReferenceSolutions(exercises, session.out()).show(tested, result);
        }
        return result instanceof CheckResult.Ran ran && ran.allPass() ? Workbook.DONE : Workbook.FAILED;
    }
}

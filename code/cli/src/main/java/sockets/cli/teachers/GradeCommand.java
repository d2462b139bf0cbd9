package sockets.cli.teachers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.UsageError;
import sockets.cli.Workbook;
import sockets.exercises.Assignment;
import sockets.exercises.ChapterExercises;
import sockets.exercises.GradeReport;
import sockets.exercises.Grader;
import sockets.exercises.SubmissionLayout;

/**
 * {@code ./workbook grade}: one run of the exercise tests of a student's copy (this workbook
 * unless --submission names another), each exercise in a child JVM with a time limit, with
 * this workbook's tests and points. Status 0 when every point is scored and no test file was
 * edited, 1 otherwise.
 */
@Command(name = "grade", customSynopsis = "./workbook grade [NN...|--assignment NAME] [--format text|json|junit|gradescope] [--output FILE]",
        description = {
        "(also CI) grade the exercises of this copy, each in a child JVM",
        "with a time limit; points per exercise; edited tests named",
})
public final class GradeCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("text", "json", "junit", "gradescope");

    @ParentCommand
    Workbook workbook;

    @Parameters(paramLabel = "NN", arity = "0..*", description = "the chapters to grade (default: every chapter with exercises)")
    List<String> chapters = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (the default), json, junit (XML, for a CI's test report) or gradescope (its results.json)")
    String format = "text";

    @Option(names = "--submission", paramLabel = "DIR",
            description = "the student's copy whose exercises/work folders are graded (default: this workbook)")
    Path submission;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write the grade to FILE (and print it as text, for a CI's log, when FORMAT is not text)")
    Path output;

    @Option(names = "--assignment", paramLabel = "NAME", defaultValue = "${env:WORKBOOK_ASSIGNMENT}",
            description = "grade assignments/NAME.properties' exercises, at its points (default: $WORKBOOK_ASSIGNMENT, else all)")
    String assignment;

    @Mixin
    GradingLimits limits;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        var session = workbook.session();
        var root = session.root();
        // chapters typed on the command line win over an assignment the environment set (a CI's)
        if (assignment != null && !assignment.isBlank() && !chapters.isEmpty()
                && !assignment.equals(System.getenv("WORKBOOK_ASSIGNMENT"))) {
            throw new UsageError("Give chapters or --assignment, not both: the assignment names its chapters.");
        }
        var numbers = chapters.stream().map(nn -> nn.matches("[0-9]{1,2}") ? "%02d".formatted(Integer.parseInt(nn)) : nn).toList();
        var graded = ChapterExercises.chaptersUnder(root.resolve("chapters")).stream()
                .map(dir -> new ChapterExercises(dir).number()).toList();
        var unknown = numbers.stream().filter(nn -> !graded.contains(nn)).toList();
        if (!unknown.isEmpty()) {
            throw new UsageError("No chapter with exercises numbered " + String.join(", ", unknown) + ".");
        }
        if (!FORMATS.contains(format)) {
            throw new UsageError("--format is text, json, junit or gradescope, not " + format + ".");
        }
        var copy = submission == null ? root.directory() : root.directory().resolve(submission);
        if (!Files.isDirectory(copy)) {
            throw new UsageError("No such submission directory: " + submission + ".");
        }
        var scope = chapters.isEmpty() ? Assignments.named(root.directory(), assignment) : Assignment.ofChapters(numbers);
        var laidOut = submission == null ? copy : SubmissionLayout.of(root.directory(), copy);
        Grader.Result result;
        try {
            result = scope.grade(limits.grader(root.directory(), session.testTimeout()), laidOut);
        } finally {
            SubmissionLayout.discard(laidOut, copy);
        }
        var text = GradeReport.format(result, format, scope, Duration.ofNanos(System.nanoTime() - started));
        if (output == null) {
            session.out().print(text);
        } else {
            new OutputFile(root.directory().resolve(output)).write(text);
            if (!format.equals("text")) {
                // one run, two readers: the file for a machine, the text for the person reading the log
                session.out().print(GradeReport.format(result, "text"));
            }
            session.err().println("the grade (" + format + "): " + output + ", " + result.score() + " of "
                    + result.maxScore() + " points.");
        }
        return result.score() == result.maxScore() && result.editedTests().isEmpty() ? Workbook.DONE : Workbook.FAILED;
    }
}

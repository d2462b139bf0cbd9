package sockets.cli.teachers;

import java.nio.file.Files;
import java.nio.file.Path;
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
import sockets.exercises.ChapterExercises;
import sockets.exercises.GradeReport;

/**
 * {@code ./workbook grade}: one run of the exercise tests of a student's copy (this workbook
 * unless --submission names another), each exercise in a child JVM with a time limit, with
 * this workbook's tests and points. Status 0 when every point is scored and no test file was
 * edited, 1 otherwise.
 */
@Command(name = "grade", customSynopsis = "./workbook grade [NN...] [--format text|json|junit|gradescope] [--output FILE]", description = {
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

    @Option(names = "--output", paramLabel = "FILE", description = "write the grade to FILE instead of printing it")
    Path output;

    @Mixin
    GradingLimits limits;

    @Override
    public Integer call() {
        var session = workbook.session();
        var root = session.root();
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
        var result = limits.grader(root.directory(), session.testTimeout()).grade(copy, numbers);
        var text = GradeReport.format(result, format);
        if (output == null) {
            session.out().print(text);
        } else {
            new OutputFile(root.directory().resolve(output)).write(text);
            session.err().println("the grade (" + format + "): " + output + ", " + result.score() + " of "
                    + result.maxScore() + " points.");
        }
        return result.score() == result.maxScore() && result.editedTests().isEmpty() ? Workbook.DONE : Workbook.FAILED;
    }
}

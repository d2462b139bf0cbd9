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
import sockets.exercises.ClassGrading;
import sockets.exercises.ClassReport;

/**
 * {@code ./workbook report DIR...}: grades each student's copy with this workbook's tests,
 * {@code --jobs} at a time, saving each student's grade as it is done (a run resumes), and
 * writes the class's table as Markdown (also printed), CSV for a grade book and self-contained
 * HTML. A student whose code fails, hangs or exits is in the table like the others: status 0
 * once the report is written.
 */
@Command(name = "report", customSynopsis = "./workbook report DIR...|--class DIR [--assignment NAME] [--jobs N] [--again] [--output DIR]",
        description = {
        "grade many students' copies: a table as Markdown, CSV and HTML",
        "(default target/report/)",
})
public final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "the students' copies, a folder each, named for its student")
    List<Path> copies = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "where report.md, report.csv and report.html go (default target/report)")
    Path output = Path.of("target/report");

    @Option(names = "--assignment", paramLabel = "NAME", description = "grade assignments/NAME.properties' exercises only")
    String assignment;

    @Option(names = "--jobs", paramLabel = "N", description = "students graded side by side (default 1; about one per two cores)")
    int jobs = 1;

    @Option(names = "--class", paramLabel = "DIR",
            description = "every folder in DIR is a student's copy (for PowerShell and cmd, which expand no *)")
    Path classFolder;

    @Option(names = "--again", description = "grade again the students already saved in DIR/students/ by an earlier run")
    boolean again;

    @Mixin
    GradingLimits limits;

    @Override
    public Integer call() {
        var session = workbook.session();
        var root = session.root().directory();
        if (classFolder != null) {
            copies.addAll(foldersIn(root.resolve(classFolder)));
        }
        if (copies.isEmpty()) {
            throw new UsageError("Name the students' copies: ./workbook report DIR... [--output DIR].");
        }
        var missing = copies.stream().filter(copy -> !Files.isDirectory(root.resolve(copy))).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new UsageError("No such student copy: " + String.join(", ", missing) + ".");
        }
        if (jobs < 1 || jobs > 64) {
            throw new UsageError("--jobs is a number of students graded at once, 1 to 64, not " + jobs + ".");
        }
        var directory = root.resolve(output);
        var scope = Assignments.named(root, assignment);
        var grading = new ClassGrading(limits.grader(root, session.testTimeout()), scope, jobs, directory.resolve("students"), again);
        var folders = copies.stream().map(copy -> root.resolve(copy).normalize()).toList();
        var names = folders.stream().map(folder -> folder.getFileName().toString()).toList();
        var twice = names.stream().filter(name -> names.indexOf(name) != names.lastIndexOf(name)).distinct().toList();
        if (!twice.isEmpty()) {
            // a folder's name is the student's id, in the table and in students/NAME.json
            throw new UsageError("Two copies named " + String.join(", ", twice) + ": a copy's folder name is its student's id.");
        }
        session.err().println("grading " + folders.size() + " students, " + jobs + " at a time; each saved in "
                + output.resolve("students") + " as it is done...");
        var students = grading.grade(folders, line -> session.err().println("  " + line));
        var report = new ClassReport(students, scope);
        new OutputFile(directory.resolve("report.md")).write(report.markdown());
        new OutputFile(directory.resolve("report.csv")).write(report.csv());
        new OutputFile(directory.resolve("report.html")).write(report.html());
        session.out().print(report.markdown());
        session.err().println("the report: " + output.resolve("report.md") + ", report.csv (for a grade book) and report.html.");
        return Workbook.DONE;
    }

    private static List<Path> foldersIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UsageError("No such class folder: " + folder + ".");
        }
        try (var children = Files.list(folder)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + folder, e);
        }
    }
}

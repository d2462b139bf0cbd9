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
import sockets.exercises.ClassReport;

/**
 * {@code ./workbook report DIR...}: grades each student's copy with this workbook's tests, one
 * after another, and writes the class's table as Markdown (also printed), CSV for a grade book
 * and self-contained HTML. A student whose code fails, hangs or exits is in the table like the
 * others: status 0 once the report is written.
 */
@Command(name = "report", customSynopsis = "./workbook report DIR... [--output DIR]", description = {
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

    @Mixin
    GradingLimits limits;

    @Override
    public Integer call() {
        var session = workbook.session();
        var root = session.root().directory();
        if (copies.isEmpty()) {
            throw new UsageError("Name the students' copies: ./workbook report DIR... [--output DIR].");
        }
        var missing = copies.stream().filter(copy -> !Files.isDirectory(root.resolve(copy))).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new UsageError("No such student copy: " + String.join(", ", missing) + ".");
        }
        var grader = limits.grader(root, session.testTimeout());
        var students = new ArrayList<ClassReport.Student>();
        for (var copy : copies) {
            var folder = root.resolve(copy).normalize();
            var name = folder.getFileName().toString();
            session.err().println("grading " + name + "...");
            students.add(new ClassReport.Student(name, grader.grade(folder, List.of())));
        }
        var report = new ClassReport(students);
        var directory = root.resolve(output);
        new OutputFile(directory.resolve("report.md")).write(report.markdown());
        new OutputFile(directory.resolve("report.csv")).write(report.csv());
        new OutputFile(directory.resolve("report.html")).write(report.html());
        session.out().print(report.markdown());
        session.err().println("the report: " + output.resolve("report.md") + ", report.csv (for a grade book) and report.html.");
        return Workbook.DONE;
    }
}

package sockets.cli.teachers;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Workbook;

/** {@code ./workbook report}: not yet in the Java command line. */
@Command(name = "report", customSynopsis = "./workbook report DIR... [--output DIR]", description = {
        "grade many students' copies: a table as Markdown, CSV and HTML",
        "(default target/report/)",
})
public final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments = List.of();

    @Override
    public Integer call() {
        workbook.session().err().println("./workbook report: not yet.");
        return Workbook.FAILED;
    }
}

package sockets.cli.teachers;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Workbook;

/** {@code ./workbook grade}: not yet in the Java command line. */
@Command(name = "grade", customSynopsis = "./workbook grade [NN...] [--format text|json|junit|gradescope] [--output FILE]", description = {
        "(also CI) grade the exercises of this copy, each in a child JVM",
        "with a time limit; points per exercise; edited tests named",
})
public final class GradeCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments = List.of();

    @Override
    public Integer call() {
        workbook.session().err().println("./workbook grade: not yet.");
        return Workbook.FAILED;
    }
}

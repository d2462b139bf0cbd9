package sockets.cli.teachers;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Workbook;

/** {@code ./workbook handout}: not yet in the Java command line. */
@Command(name = "handout", customSynopsis = "./workbook handout DIR", description = {
        "write a students' copy to DIR: no reference solutions,",
        "a note in its README, checksums of the test files, a CI workflow",
})
public final class HandoutCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments = List.of();

    @Override
    public Integer call() {
        workbook.session().err().println("./workbook handout: not yet.");
        return Workbook.FAILED;
    }
}

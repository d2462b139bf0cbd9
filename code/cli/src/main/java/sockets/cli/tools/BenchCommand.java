package sockets.cli.tools;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Workbook;

/** {@code ./workbook bench}: not yet in the Java command line. */
@Command(name = "bench", customSynopsis = "./workbook bench [redis] [--help]", description = {
        "measure the echo servers (about 2 minutes); redis: chapter 16's",
        "server in both designs and real Redis under redis-benchmark",
})
public final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments = List.of();

    @Override
    public Integer call() {
        workbook.session().err().println("./workbook bench: not yet.");
        return Workbook.FAILED;
    }
}

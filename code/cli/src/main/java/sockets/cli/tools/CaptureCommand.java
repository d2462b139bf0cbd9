package sockets.cli.tools;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Workbook;

/** {@code ./workbook capture}: not yet in the Java command line. */
@Command(name = "capture", customSynopsis = "./workbook capture NN [--write FILE] [--seconds N] [PROGRAM] [ARGS...]", description = {
        "run chapter NN's program in a private network namespace (Linux)",
        "and show every packet on its loopback, tcpdump style, and write a pcap file",
        "(target/capture/NN-PROGRAM.pcap); 'server' gets the chapter's client",
})
public final class CaptureCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments = List.of();

    @Override
    public Integer call() {
        workbook.session().err().println("./workbook capture: not yet.");
        return Workbook.FAILED;
    }
}

package sockets.cli.tools;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Workbook;

/** {@code ./workbook sockets}: not yet in the Java command line. */
@Command(name = "sockets", customSynopsis = "./workbook sockets [--pid PID | --port PORT]", description = {
        "the kernel's TCP sockets as ss -tan shows them (Linux)",
        "state, queues, both addresses, the process holding each (from /proc/net/tcp)",
})
public final class SocketsCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments = List.of();

    @Override
    public Integer call() {
        workbook.session().err().println("./workbook sockets: not yet.");
        return Workbook.FAILED;
    }
}

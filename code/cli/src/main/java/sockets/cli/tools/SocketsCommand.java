package sockets.cli.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sockets.cli.PassesArgumentsOn;
import sockets.cli.Workbook;
import sockets.wire.Sockets;

/**
 * {@code ./workbook sockets [--pid PID | --port PORT]}: code/wire's socket table, in this JVM,
 * with the arguments as typed. Off Linux, where there is no /proc/net/tcp, it says so in one
 * sentence and exits 1 (code/wire says it).
 */
@Command(name = "sockets", customSynopsis = "./workbook sockets [--pid PID | --port PORT]", description = {
        "the kernel's TCP sockets as ss -tan shows them: state, queues, both",
        "addresses, the process holding each (from /proc/net/tcp; Linux only)",
})
public final class SocketsCommand implements Callable<Integer>, PassesArgumentsOn {

    @ParentCommand
    Workbook workbook;

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments = new ArrayList<>();

    @Spec
    void help(CommandSpec spec) {
        ToolHelp.describe(spec, Sockets.USAGE);
    }

    @Override
    public Integer call() {
        var session = workbook.session();
        return Sockets.run(arguments, session.out(), session.err());
    }
}

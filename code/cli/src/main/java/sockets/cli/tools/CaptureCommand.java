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

/**
 * {@code ./workbook capture NN [--write FILE] [--seconds N] [PROGRAM] [ARGS...]}: code/wire's
 * capture, started from this JVM with the arguments as typed ({@code capture 04 server --port 0}).
 * Where Linux's namespaces or packet sockets are missing, code/wire says why in one sentence
 * and the status is 1.
 */
@Command(name = "capture", customSynopsis = "./workbook capture NN [--write FILE] [--seconds N] [PROGRAM] [ARGS...]", description = {
        "run chapter NN's program in a private network namespace and show",
        "every packet on its loopback, tcpdump style, and write a pcap file",
        "(target/capture/NN-PROGRAM.pcap); 'server' gets the chapter's client;",
        "Linux only",
})
public final class CaptureCommand implements Callable<Integer>, PassesArgumentsOn {

    @ParentCommand
    Workbook workbook;

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments = new ArrayList<>();

    @Spec
    void help(CommandSpec spec) {
        ToolHelp.describe(spec, sockets.wire.CaptureCommand.USAGE);
    }

    @Override
    public Integer call() {
        var session = workbook.session();
        return sockets.wire.CaptureCommand.run(session.root().directory(), arguments, session.out(), session.err());
    }
}

package sockets.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code ./workbook help}, as the bash script took it: the same as {@code ./workbook --help}. */
@Command(name = "help", hidden = true)
final class HelpWord implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Override
    public Integer call() {
        return workbook.call();
    }
}

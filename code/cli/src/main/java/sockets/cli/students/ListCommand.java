package sockets.cli.students;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Workbook;

/** {@code ./workbook list}: every chapter and its programs, what each does, the default marked. */
@Command(name = "list", customSynopsis = "./workbook list",
        description = "the chapters and their programs, what each does (* the default)")
public final class ListCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Override
    public Integer call() {
        var out = workbook.session().out();
        for (var chapter : workbook.session().root().chapters()) {
            if (chapter.hasPrograms()) {
                out.println(chapter.number() + "  " + chapter.topic());
                ProgramDescriptions.lines(chapter).forEach(out::println);
            }
        }
        out.println("* the default: ./workbook run NN runs it; ./workbook run NN PROGRAM runs another.");
        return Workbook.DONE;
    }
}

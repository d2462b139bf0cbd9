package sockets.cli.students;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Workbook;
import sockets.exercises.ExerciseCheck;

/** {@code ./workbook watch NN}: checks the chapter again each time a file of the student's copy is saved. */
@Command(name = "watch", customSynopsis = "./workbook watch NN [--poll]", description = {
        "check chapter NN again each time you save a file of your copy;",
        "shows the first failing exercise; Ctrl-C ends it (--poll: look",
        "at the files every second, where file events do not arrive)"})
public final class WatchCommand implements Callable<Integer> {

    /** Set to true where file events never arrive (some network and container file systems). */
    static final String POLL_PROPERTY = "workbook.watch.poll";

    @ParentCommand
    Workbook workbook;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NN", description = "the chapter's number, e.g. 01")
    String chapterNumber;

    @Option(names = "--poll", description = "look at the files' times every second instead of waiting for file events")
    boolean poll;

    @Override
    public Integer call() {
        var session = workbook.session();
        var exercises = session.root().chapter(chapterNumber).withWorkCopy(session.err());
        try {
            new sockets.exercises.WatchCommand(exercises, ExerciseCheck.withTimeout(session.testTimeout()), session.out(),
                    poll || Boolean.getBoolean(POLL_PROPERTY)).run();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return Workbook.DONE;
    }
}

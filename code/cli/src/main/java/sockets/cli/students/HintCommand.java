package sockets.cli.students;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.UsageError;
import sockets.cli.Workbook;

/**
 * {@code ./workbook hint NN [EXERCISE] [--all]}: an exercise's hints one tier at a time, each
 * remembered; without an exercise, how many hints each has and how many were shown.
 */
@Command(name = "hint", customSynopsis = "./workbook hint NN [EXERCISE] [--all]", description = {
        "the next hint of EXERCISE each time you ask: the idea, then the API,",
        "then the shape of the code; --all shows every one; without",
        "EXERCISE, how many hints each exercise has and how many you saw"})
public final class HintCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NN", description = "the chapter's number, e.g. 01")
    String chapterNumber;

    @Parameters(index = "1", arity = "0..1", paramLabel = "EXERCISE", description = "an exercise's name, e.g. LineEcho")
    String exercise;

    @Option(names = "--all", description = "every hint at once")
    boolean all;

    @Override
    public Integer call() {
        var session = workbook.session();
        var chapter = session.root().chapter(chapterNumber);
        var hints = new sockets.exercises.HintCommand(chapter.exercises(), session.out(), session.err());
        if (exercise == null) {
            if (all) {
                hints.all(hints.exercises());
            } else {
                hints.list();
            }
            return Workbook.DONE;
        }
        var named = hints.exerciseNamed(exercise).orElseThrow(() -> new UsageError("No exercise named " + exercise
                + " in " + chapter.shown() + "; its exercises are " + String.join(", ", hints.exercises()) + "."));
        if (all) {
            hints.all(List.of(named));
        } else {
            hints.next(named);
        }
        return Workbook.DONE;
    }
}

package sockets.cli.students;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Workbook;
import sockets.exercises.ChapterExercises;
import sockets.exercises.CheckResult;
import sockets.exercises.ExerciseCheck;
import sockets.exercises.ExercisesDocument;
import sockets.exercises.StudentReport;

/**
 * {@code ./workbook progress}: every exercise of every chapter, done, failing, not compiling or
 * not started. It reads the work copies as they are: it makes none, and compiles and runs only
 * the exercises begun; the rest are told from their files.
 */
@Command(name = "progress", customSynopsis = "./workbook progress",
        description = "every exercise of every chapter: done, not passing yet, not started")
public final class ProgressCommand implements Callable<Integer> {

    @ParentCommand
    Workbook workbook;

    /** One exercise's line: the tick box, chapter and name, and what it is. */
    private record Line(String exercise, String status) {
    }

    @Override
    public Integer call() {
        var session = workbook.session();
        var check = ExerciseCheck.withTimeout(session.testTimeout());
        var lines = new ArrayList<Line>();
        for (var chapterDir : ChapterExercises.chaptersUnder(session.root().resolve("chapters"))) {
            var chapter = new ChapterExercises(chapterDir);
            var names = ExercisesDocument.load(chapter.document()).inBookOrder(chapter.exerciseNames());
            var started = names.stream().filter(chapter::started).toList();
            var result = started.isEmpty() ? null : check.check(chapter, chapter.work(), started);
            for (var name : names) {
                String status;
                if (!started.contains(name)) {
                    status = "not started";
                } else if (result instanceof CheckResult.Ran ran
                        && ran.exercises().stream().anyMatch(e -> e.name().equals(name) && e.passed())) {
                    status = "done";
                } else {
                    status = result instanceof CheckResult.DidNotCompile ? "does not compile" : "not passing yet";
                }
                lines.add(new Line((status.equals("done") ? "[x] " : "[ ] ") + chapter.number() + " " + name, status));
            }
        }
        int width = lines.stream().mapToInt(line -> line.exercise().length()).max().orElse(0);
        for (var line : lines) {
            session.out().println(line.exercise() + " ".repeat(width - line.exercise().length() + 2) + line.status());
        }
        long done = lines.stream().filter(line -> line.status().equals("done")).count();
        long notStarted = lines.stream().filter(line -> line.status().equals("not started")).count();
        session.out().println(StudentReport.summary(done, lines.size(), "done")
                + (notStarted > 0 && notStarted < lines.size() ? " " + notStarted + " not started." : ""));
        return Workbook.DONE;
    }
}

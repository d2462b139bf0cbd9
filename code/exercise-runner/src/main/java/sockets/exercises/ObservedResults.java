package sockets.exercises;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import sockets.exercises.Grader.Graded;
import sockets.exercises.Grader.Status;

/**
 * The grades the parent gives from what it observed: the child's signed records (see
 * {@link ResultChannel}), how the child ended, and the number of tests its own test classes
 * hold. An exercise passes only when the run ended with the child's signed end record, every
 * one of the exercise's tests reported, none failed and one at least passed. A record that did
 * not verify, one too many or one missing fails the exercise with a sentence saying so.
 */
final class ObservedResults {

    /** How the child ended: within its limit or stopped, its exit status, the last line it printed. */
    record Run(boolean finished, int exitStatus, Duration limit, String lastLine) {
    }

    private ObservedResults() {
    }

    static List<Graded> grade(ChapterExercises chapter, ExercisesDocument document, List<String> exercises,
                              ResultChannel.Received received, Run run) {
        var graded = new ArrayList<Graded>();
        var unknown = received.records().stream()
                .filter(r -> !r.kind().equals(ResultRecords.END) && !exercises.contains(r.fields().getFirst()))
                .findFirst();
        for (var name : exercises) {
            int points = document.points(name);
            if (received.problem() != null || unknown.isPresent()) {
                var why = received.problem() != null ? received.problem()
                        : "the result channel named an exercise that was not being graded";
                graded.add(new Graded(chapter.number(), name, Status.FAILED, 0, points,
                        "not trusted, so failed: " + why + "."));
            } else if (!received.complete()) {
                graded.add(incomplete(chapter, name, points, run));
            } else {
                graded.add(fromRecords(chapter, document, name, points, received.records()));
            }
        }
        return graded;
    }

    private static Graded incomplete(ChapterExercises chapter, String name, int points, Run run) {
        if (!run.finished()) {
            return new Graded(chapter.number(), name, Status.HUNG, 0, points, "did not finish: its tests were stopped after "
                    + run.limit().toSeconds() + " s (the time limit per exercise)");
        }
        var said = run.lastLine().isBlank() ? "" : " It last printed: " + run.lastLine();
        return new Graded(chapter.number(), name, Status.ENDED, 0, points,
                "the test run ended before this exercise's result (exit status " + run.exitStatus()
                        + "): does the code call System.exit, or crash the JVM?" + said);
    }

    private static Graded fromRecords(ChapterExercises chapter, ExercisesDocument document, String name, int points,
                                      List<ResultRecords.Record> records) {
        var verdict = records.stream()
                .filter(r -> r.kind().equals(ResultRecords.EXERCISE) && r.fields().getFirst().equals(name)).toList();
        if (verdict.size() != 1) {
            return new Graded(chapter.number(), name, Status.FAILED, 0, points, "not trusted, so failed: the result channel"
                    + " carried " + verdict.size() + " verdicts for this exercise, not one.");
        }
        var status = Status.valueOf(verdict.getFirst().fields().get(1));
        var text = verdict.getFirst().fields().get(2);
        if (status == Status.NO_COMPILE) {
            return new Graded(chapter.number(), name, status, 0, points, text);
        }
        var tests = records.stream()
                .filter(r -> r.kind().equals(ResultRecords.TEST) && r.fields().getFirst().equals(name))
                .map(r -> TestOutcome.Status.valueOf(r.fields().get(2))).toList();
        int expected = ExpectedTests.of(chapter, name);
        boolean passed = tests.size() == expected && tests.contains(TestOutcome.Status.PASSED)
                && !tests.contains(TestOutcome.Status.FAILED);
        if (status == Status.PASSED && !passed) {
            return new Graded(chapter.number(), name, Status.FAILED, 0, points, text + "\nnot counted as passed: the grader's"
                    + " tests of this exercise number " + expected + ", and " + tests.size() + " reported, "
                    + tests.stream().filter(TestOutcome.Status.PASSED::equals).count() + " of them passed.");
        }
        boolean counted = passed && status == Status.PASSED;
        // Partial credit (points::X[N] per-test) only from a complete count of the grader's tests.
        int score = counted ? points : tests.size() != expected ? 0 : document.score(name,
                (int) tests.stream().filter(TestOutcome.Status.PASSED::equals).count(),
                (int) tests.stream().filter(test -> test != TestOutcome.Status.SKIPPED).count());
        return new Graded(chapter.number(), name, counted ? Status.PASSED : Status.FAILED, score, points, text);
    }
}

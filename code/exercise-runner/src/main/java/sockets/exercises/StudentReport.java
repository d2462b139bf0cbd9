package sockets.exercises;

import java.util.stream.Collectors;

/**
 * The text a student reads after {@code ./workbook check}: a verdict per exercise and, under a
 * failure, the failed expectation, where the code was stuck, the bytes on the wire and how to ask
 * for a hint.
 */
public final class StudentReport {

    private static final String INDENT = "    ";

    private StudentReport() {
    }

    /** The report without the line that says how to ask for a hint: for the chapter's author. */
    public static String of(CheckResult result, ExercisesDocument document) {
        return of(result, document, null, null);
    }

    /**
     * The report for a student of chapter {@code chapterNumber}: under each failure, how to ask
     * for its next hint. The hint itself is never printed unasked: it is theirs to ask for.
     */
    static String of(CheckResult result, ExercisesDocument document, String chapterNumber, ShownHints shown) {
        return switch (result) {
            case CheckResult.DidNotCompile(var errors) -> "Your code does not compile yet:\n"
                    + errors.stream().map(error -> indented(error, "  ")).collect(Collectors.joining("\n")) + "\n";
            case CheckResult.Ran ran -> ofRun(ran, document, chapterNumber, shown);
        };
    }

    private static String ofRun(CheckResult.Ran ran, ExercisesDocument document, String chapterNumber, ShownHints shown) {
        var out = new StringBuilder();
        for (var problem : ran.runProblems()) {
            out.append("PROBLEM the tests could not run\n")
                    .append(indented(FailureExplanation.of(problem).expectation(), INDENT)).append('\n');
        }
        for (var exercise : ran.exercises()) {
            if (exercise.passed()) {
                out.append("PASS ").append(exercise.name()).append('\n');
                continue;
            }
            out.append("FAIL ").append(exercise.name()).append('\n');
            exercise.firstFailure().ifPresentOrElse(failure -> explain(out, failure, exercise.failures()),
                    () -> out.append(INDENT).append("no test ran for this exercise\n"));
            if (chapterNumber != null) {
                HintCommand.offer(chapterNumber, exercise.name(), document.hints(exercise.name()).size(),
                        shown.of(exercise.name())).ifPresent(offer -> out.append(INDENT).append(offer).append('\n'));
            }
        }
        out.append(summary(ran.passing(), ran.exercises().size(), "pass")).append('\n');
        return out.toString();
    }

    private static void explain(StringBuilder out, TestOutcome failure, long failures) {
        var explanation = FailureExplanation.of(failure);
        out.append(indented(explanation.expectation(), INDENT)).append('\n');
        explanation.stuck().ifPresent(stuck -> out.append(indented(stuck.describe(), INDENT)).append('\n'));
        failure.wire().ifPresent(wire ->
                out.append(INDENT).append("bytes on the wire:\n").append(indented(wire.stripTrailing(), INDENT + "  ")).append('\n'));
        if (failures > 1) {
            out.append(INDENT).append("(").append(failures - 1).append(failures == 2 ? " more test fails" : " more tests fail")
                    .append(" in this exercise)\n");
        }
    }

    /** {@code 2 of 3 exercises pass.} */
    public static String summary(long good, long total, String verb) {
        // Always "exercises": the workbook script and the book match this line as it is.
        return good + " of " + total + " exercises " + verb + ".";
    }

    static String indented(String text, String indent) {
        return text.lines().map(line -> line.isBlank() ? "" : indent + line).collect(Collectors.joining("\n"));
    }
}

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
    public static String of(CheckResult result, ExercisesDocument document, String chapterNumber, ShownHints shown) {
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
            if (exercise.failures() == 0) {
                out.append(INDENT).append("no test ran for this exercise\n");
            }
            explain(out, exercise.outcomes().stream().filter(TestOutcome::failed).toList());
            if (chapterNumber != null) {
                HintCommand.offer(chapterNumber, exercise.name(), document.hints(exercise.name()).size(),
                        shown.of(exercise.name())).ifPresent(offer -> out.append(INDENT).append(offer).append('\n'));
            }
        }
        out.append(summary(ran.passing(), ran.exercises().size(), "pass")).append('\n');
        return out.toString();
    }

    /**
     * Every failing test of the exercise on its line, with where the code threw or was stuck
     * under it; the bytes on the wire once, under the first failure that has them, so that the
     * report stays short enough to read.
     */
    private static void explain(StringBuilder out, java.util.List<TestOutcome> failures) {
        boolean wireShown = false;
        for (var failure : failures) {
            var explanation = FailureExplanation.of(failure);
            out.append(indented(explanation.expectation(), INDENT)).append('\n');
            for (var detail : explanation.details()) {
                out.append(indented(detail, INDENT + "  ")).append('\n');
            }
            if (!wireShown && failure.wire().filter(StudentReport::carriedBytes).isPresent()) {
                wireShown = true;
                out.append(INDENT).append("  bytes on the wire:\n")
                        .append(indented(honest(failure.wire().get()).stripTrailing(), INDENT + "    ")).append('\n');
            }
        }
    }

    /** Whether any connection in the dump carried a byte: an empty dump says nothing worth reading. */
    private static boolean carriedBytes(String wire) {
        return wire.lines().anyMatch(line -> line.contains(" bytes") && !line.contains("(no bytes crossed"));
    }

    /**
     * The testkit logs what the test's end of a connection sent and read. A connection it
     * neither wrote to nor read from may still have carried bytes from the student's code, unread.
     */
    private static String honest(String wire) {
        return wire.replace("(no bytes crossed in either direction)",
                "(the test neither sent nor read a byte on it before it failed; what your code wrote, if anything, was not read)");
    }

    /**
     * What {@code ./workbook watch} shows after each save: the exercises that pass, the first
     * that fails with its explanation and how to ask for its next hint, and the others' names.
     */
    static String firstFailing(CheckResult result, ExercisesDocument document, String chapterNumber, ShownHints shown) {
        if (!(result instanceof CheckResult.Ran ran)) {
            return of(result, document, chapterNumber, shown);
        }
        var failing = ran.exercises().stream().filter(exercise -> !exercise.passed()).toList();
        if (failing.isEmpty() && ran.runProblems().isEmpty()) {
            return "every exercise passes: " + summary(ran.passing(), ran.exercises().size(), "pass") + "\n";
        }
        var shownOnly = ran.exercises().stream()
                .filter(exercise -> exercise.passed() || exercise == failing.getFirst()).toList();
        var report = ofRun(new CheckResult.Ran(shownOnly, ran.runProblems()), document, chapterNumber, shown);
        // the summary counts every exercise, not only the ones shown
        report = report.substring(0, report.lastIndexOf(summary(ran.passing(), shownOnly.size(), "pass")));
        if (failing.size() > 1) {
            report += "(also failing: " + String.join(", ", failing.subList(1, failing.size()).stream()
                    .map(ExerciseResult::name).toList()) + ")\n";
        }
        return report + summary(ran.passing(), ran.exercises().size(), "pass") + "\n";
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

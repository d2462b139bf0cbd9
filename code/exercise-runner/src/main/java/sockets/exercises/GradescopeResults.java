package sockets.exercises;

import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Gradescope's {@code results.json}, with the fields its autograder specification documents:
 * {@code score}, {@code execution_time} (seconds), {@code output}, {@code visibility},
 * {@code stdout_visibility}, and {@code tests[]} with {@code name}, {@code score},
 * {@code max_score}, {@code status}, {@code output} and {@code visibility}. The visibility is
 * the assignment's, {@code hidden} for its hidden tests; the autograder's log (stdout) stays hidden from students, since what they
 * should read is in {@code output}.
 */
final class GradescopeResults {

    /** What a student reads when nothing of the assignment was found in what they submitted. */
    static final String NOTHING_FOUND = "Nothing to grade: none of this assignment's exercises was found begun in the"
            + " submission. Submit your repository (or a zip of it), or the .java files of your exercises/work folders:"
            + " each file is placed by its package line.";

    private GradescopeResults() {
    }

    static String of(Grader.Result result, Assignment assignment, Duration took) {
        var visibility = GradeReport.quoted(assignment.visibility());
        return "{\n  \"score\": " + result.score() + ",\n  \"execution_time\": " + Math.max(took.toSeconds(), 0)
                + ",\n  \"output\": " + GradeReport.quoted(output(result)) + ",\n  \"visibility\": " + visibility
                + ",\n  \"stdout_visibility\": \"hidden\",\n  \"tests\": [\n"
                + result.exercises().stream().map(g -> "    {\"name\": " + GradeReport.quoted(g.name()) + ", \"score\": " + g.score()
                        + ", \"max_score\": " + g.maxScore() + ", \"status\": "
                        + GradeReport.quoted(g.status() == Grader.Status.PASSED ? "passed" : "failed")
                        + ", \"output\": " + GradeReport.quoted(g.status().words + (g.output().isEmpty() ? "" : "\n" + g.output()))
                        + ", \"visibility\": " + (HiddenTests.hidden(g) ? "\"hidden\"" : visibility) + "}")
                        .collect(Collectors.joining(",\n"))
                + "\n  ]\n}\n";
    }

    /** The text for the whole submission: why nothing was graded, and any edited test. */
    private static String output(Grader.Result result) {
        var lines = new java.util.ArrayList<String>();
        if (result.exercises().stream().allMatch(g -> g.status() == Grader.Status.NOT_ATTEMPTED)) {
            lines.add(NOTHING_FOUND);
        }
        GradeReport.edited(result).ifPresent(lines::add);
        return String.join("\n", lines);
    }
}

package sockets.exercises;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A student's grade written for whoever reads it: text for a person, JSON for a script (and
 * for {@code report} to read back), JUnit XML for any CI, and Gradescope's {@code results.json}
 * ({@link GradescopeResults}).
 */
public final class GradeReport {

    private GradeReport() {
    }

    public static String format(Grader.Result result, String format) {
        return format(result, format, Assignment.everything(), java.time.Duration.ZERO);
    }

    /** The grade of an assignment, which took {@code took} to grade (Gradescope's execution_time). */
    public static String format(Grader.Result result, String format, Assignment assignment, java.time.Duration took) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> text(result);
            case "json" -> json(result);
            case "junit" -> junit(result);
            case "gradescope" -> GradescopeResults.of(result, assignment, took);
            default -> throw new IllegalArgumentException(format);
        };
    }

    static String text(Grader.Result result) {
        var out = new StringBuilder();
        int width = result.exercises().stream().mapToInt(g -> g.name().length()).max().orElse(0);
        for (var graded : result.exercises()) {
            out.append(graded.name()).append(" ".repeat(width - graded.name().length() + 2))
                    .append(graded.score()).append('/').append(graded.maxScore()).append("  ").append(graded.status().words).append('\n');
        }
        out.append("score: ").append(result.score()).append(" of ").append(result.maxScore()).append('\n');
        edited(result).ifPresent(line -> out.append(line).append('\n'));
        for (var graded : result.exercises()) {
            if (graded.status() != Grader.Status.PASSED && graded.status() != Grader.Status.NOT_ATTEMPTED) {
                out.append('\n').append(graded.name()).append(":\n").append(StudentReport.indented(graded.output(), "  ")).append('\n');
            }
        }
        return out.toString();
    }

    static String json(Grader.Result result) {
        return "{\n  \"score\": " + result.score() + ",\n  \"max_score\": " + result.maxScore() + ",\n  \"edited_tests\": ["
                + result.editedTests().stream().map(GradeReport::quoted).collect(Collectors.joining(", ")) + "],\n  \"exercises\": [\n"
                + result.exercises().stream().map(g -> "    {\"chapter\": " + quoted(g.chapter()) + ", \"exercise\": " + quoted(g.exercise())
                        + ", \"status\": " + quoted(g.status().words) + ", \"score\": " + g.score() + ", \"max_score\": " + g.maxScore()
                        + ", \"seconds\": " + seconds(g) + ", \"output\": " + quoted(g.output()) + "}").collect(Collectors.joining(",\n"))
                + "\n  ]\n}\n";
    }

    /** JUnit's XML report, as surefire writes it: one test case per exercise. */
    static String junit(Grader.Result result) {
        long failures = result.exercises().stream().filter(g -> g.status() != Grader.Status.PASSED
                && g.status() != Grader.Status.NOT_ATTEMPTED).count();
        long skipped = result.exercises().stream().filter(g -> g.status() == Grader.Status.NOT_ATTEMPTED).count();
        var out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"workbook\" tests=\"").append(result.exercises().size()).append("\" failures=\"")
                .append(failures).append("\" skipped=\"").append(skipped).append("\">\n");
        out.append("  <testsuite name=\"exercises\" tests=\"").append(result.exercises().size()).append("\" failures=\"")
                .append(failures).append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
        out.append("    <properties>\n      <property name=\"score\" value=\"").append(result.score()).append("\"/>\n")
                .append("      <property name=\"max_score\" value=\"").append(result.maxScore()).append("\"/>\n")
                .append("      <property name=\"edited_tests\" value=\"").append(xml(String.join(" ", result.editedTests())))
                .append("\"/>\n    </properties>\n");
        for (var g : result.exercises()) {
            out.append("    <testcase classname=\"chapter").append(xml(g.chapter())).append("\" name=\"").append(xml(g.exercise()))
                    .append("\" time=\"").append(seconds(g)).append("\">");
            switch (g.status()) {
                case PASSED -> { }
                case NOT_ATTEMPTED -> out.append("\n      <skipped message=\"not attempted\"/>\n    ");
                default -> out.append("\n      <failure message=\"").append(xml(g.status().words)).append("\" type=\"")
                        .append(g.status().name()).append("\">").append(xml(g.output())).append("</failure>\n    ");
            }
            out.append("</testcase>\n");
        }
        if (!result.editedTests().isEmpty()) {
            out.append("    <testcase classname=\"handout\" name=\"test files unchanged\" time=\"0\">\n      <failure message=\"")
                    .append(xml(edited(result).orElseThrow())).append("\" type=\"EDITED_TESTS\"/>\n    </testcase>\n");
        }
        out.append("  </testsuite>\n</testsuites>\n");
        return out.toString();
    }

    static java.util.Optional<String> edited(Grader.Result result) {
        return result.editedTests().isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of("test files that differ from the grader's: " + String.join(", ", result.editedTests()));
    }

    /** How long the exercise's child JVM ran, in seconds, as JUnit's XML and the JSON write it. */
    static String seconds(Grader.Graded graded) {
        return String.format(Locale.ROOT, "%.3f", graded.time().toMillis() / 1000.0);
    }

    static String quoted(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String xml(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append('?');  // not allowed in XML 1.0
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

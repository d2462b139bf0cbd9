package sockets.exercises;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The results of a class, student by exercise, with totals: Markdown to read, CSV for a grade
 * book, and one self-contained HTML page (its style inside, nothing fetched).
 */
public final class ClassReport {

    /** One student's copy and what grading it found. */
    public record Student(String name, Grader.Result result) {
    }

    private final List<Student> students;
    private final List<String> exercises;

    public ClassReport(List<Student> students) {
        this.students = List.copyOf(students);
        var names = new LinkedHashSet<String>();
        students.forEach(s -> s.result().exercises().forEach(g -> names.add(g.name())));
        this.exercises = List.copyOf(names);
    }

    private static String cell(Grader.Graded graded) {
        if (graded == null) {
            return "";
        }
        return switch (graded.status()) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case NOT_ATTEMPTED -> "not attempted";
            case NO_COMPILE -> "does not compile";
            case HUNG -> "hangs";
            case ENDED -> "ends the run";
            case NOT_RUN -> "not run";
        };
    }

    private static Grader.Graded find(Student student, String exercise) {
        return student.result().exercises().stream().filter(g -> g.name().equals(exercise)).findFirst().orElse(null);
    }

    private static String total(Student student) {
        return student.result().score() + "/" + student.result().maxScore();
    }

    public String markdown() {
        var out = new StringBuilder("# Exercises: results of " + students.size() + (students.size() == 1 ? " student" : " students") + "\n\n");
        out.append("| student | ").append(String.join(" | ", exercises)).append(" | total | edited tests |\n");
        out.append("|---|").append("---|".repeat(exercises.size())).append("---|---|\n");
        for (var student : students) {
            out.append("| ").append(md(student.name())).append(" | ")
                    .append(exercises.stream().map(e -> cell(find(student, e))).collect(Collectors.joining(" | ")))
                    .append(" | ").append(total(student)).append(" | ")
                    .append(md(String.join(", ", student.result().editedTests()))).append(" |\n");
        }
        return out.toString();
    }

    public String csv() {
        var out = new StringBuilder("student,");
        out.append(exercises.stream().map(ClassReport::csvField).collect(Collectors.joining(","))).append(",score,max_score,edited_tests\n");
        for (var student : students) {
            out.append(csvField(student.name())).append(',');
            for (var exercise : exercises) {
                var graded = find(student, exercise);
                out.append(graded == null ? "" : graded.score()).append(',');
            }
            out.append(student.result().score()).append(',').append(student.result().maxScore()).append(',')
                    .append(csvField(String.join(" ", student.result().editedTests()))).append('\n');
        }
        return out.toString();
    }

    public String html() {
        var out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Exercises: results</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2em; }
                table { border-collapse: collapse; }
                th, td { border: 1px solid #999; padding: .3em .6em; text-align: center; }
                th:first-child, td:first-child { text-align: left; }
                .passed { background: #d4f4d4; } .failed, .hangs, .does.not.compile, .ends.the.run { background: #f8d0d0; }
                .not.attempted, .not.run { color: #777; }
                details { text-align: left; }
                </style></head><body>
                """);
        out.append("<h1>Exercises: results of ").append(students.size()).append(students.size() == 1 ? " student" : " students").append("</h1>\n");
        out.append("<table>\n<tr><th>student</th>");
        exercises.forEach(e -> out.append("<th>").append(GradeReport.xml(e)).append("</th>"));
        out.append("<th>total</th><th>edited tests</th></tr>\n");
        for (var student : students) {
            out.append("<tr><td>").append(GradeReport.xml(student.name())).append("</td>");
            for (var exercise : exercises) {
                var graded = find(student, exercise);
                var words = cell(graded);
                out.append("<td class=\"").append(words).append("\" title=\"")
                        .append(GradeReport.xml(graded == null ? "" : graded.output())).append("\">").append(words).append("</td>");
            }
            out.append("<td>").append(total(student)).append("</td><td>")
                    .append(GradeReport.xml(String.join(", ", student.result().editedTests()))).append("</td></tr>\n");
        }
        out.append("</table>\n<p>Hover a cell for what the tests said.</p>\n</body></html>\n");
        return out.toString();
    }

    private static String md(String text) {
        return text.replace("|", "\\|");
    }

    private static String csvField(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}

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

    private final String title;
    private final List<Student> students;
    private final List<String> exercises;

    public ClassReport(List<Student> students) {
        this(students, Assignment.everything());
    }

    /** The report of an assignment: its title and due date head the table. */
    public ClassReport(List<Student> students, Assignment assignment) {
        this.title = assignment.name().isEmpty() ? "Exercises" : assignment.title()
                + assignment.due().map(due -> " (due " + due + ")").orElse("");
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
        var out = new StringBuilder("# " + md(title) + ": results of " + students.size()
                + (students.size() == 1 ? " student" : " students") + "\n\n");
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

    /**
     * For a grade book's import: the student's id (their folder's name) and percentage first,
     * then the points, each chapter's subtotal, each exercise's points and the edited tests.
     */
    public String csv() {
        var chapters = exercisesByChapter().keySet();
        var out = new StringBuilder("id,percent,score,max_score,");
        chapters.forEach(nn -> out.append("chapter ").append(nn).append(','));
        out.append(exercises.stream().map(ClassReport::csvField).collect(Collectors.joining(","))).append(",edited_tests\n");
        for (var student : students) {
            var result = student.result();
            out.append(csvField(student.name())).append(',').append(percent(student)).append(',')
                    .append(result.score()).append(',').append(result.maxScore()).append(',');
            for (var nn : chapters) {
                out.append(result.exercises().stream().filter(g -> g.chapter().equals(nn)).mapToInt(Grader.Graded::score).sum())
                        .append(',');
            }
            for (var exercise : exercises) {
                var graded = find(student, exercise);
                out.append(graded == null ? "" : graded.score()).append(',');
            }
            out.append(csvField(String.join(" ", result.editedTests()))).append('\n');
        }
        return out.toString();
    }

    /** The share of the points scored, 0.0 to 100.0, with a dot whatever the locale. */
    private static String percent(Student student) {
        var result = student.result();
        return String.format(java.util.Locale.ROOT, "%.1f", result.maxScore() == 0 ? 0.0 : 100.0 * result.score() / result.maxScore());
    }

    /** The exercises' names under each chapter's number, in the table's order. */
    private java.util.Map<String, List<String>> exercisesByChapter() {
        var chapters = new java.util.TreeMap<String, List<String>>();
        students.forEach(s -> s.result().exercises().forEach(g -> chapters.computeIfAbsent(g.chapter(), nn -> new java.util.ArrayList<>())));
        return chapters;
    }

    /**
     * One page, its style inside: the student's name and total stay in view (sticky) while the
     * exercises scroll sideways under them, and the header row while the students scroll.
     */
    public String html() {
        var out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>results</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 1em; }
                .scroll { overflow: auto; max-height: 85vh; }
                table { border-collapse: separate; border-spacing: 0; }
                th, td { border: 1px solid #999; padding: .3em .6em; text-align: center; white-space: nowrap; background: #fff; }
                th { position: sticky; top: 0; z-index: 2; background: #eee; }
                .name { position: sticky; left: 0; z-index: 1; text-align: left; width: 12em; min-width: 12em; max-width: 12em;
                        overflow: hidden; text-overflow: ellipsis; }
                .total { position: sticky; left: 13.2em; z-index: 1; font-weight: bold; box-shadow: 2px 0 0 #999; }
                th.name, th.total { z-index: 3; background: #eee; }
                .passed { background: #d4f4d4; } .failed, .hangs, .does.not.compile, .ends.the.run { background: #f8d0d0; }
                .not.attempted, .not.run { color: #777; }
                </style></head><body>
                """);
        out.append("<h1>").append(GradeReport.xml(title)).append(": results of ").append(students.size()).append(students.size() == 1 ? " student" : " students").append("</h1>\n");
        out.append("<div class=\"scroll\"><table>\n<tr><th class=\"name\">student</th><th class=\"total\">total</th>");
        exercises.forEach(e -> out.append("<th>").append(GradeReport.xml(e)).append("</th>"));
        out.append("<th>edited tests</th></tr>\n");
        for (var student : students) {
            out.append("<tr><td class=\"name\" title=\"").append(GradeReport.xml(student.name())).append("\">")
                    .append(GradeReport.xml(student.name())).append("</td><td class=\"total\">").append(total(student))
                    .append(" (").append(percent(student)).append(" %)</td>");
            for (var exercise : exercises) {
                var graded = find(student, exercise);
                var words = cell(graded);
                out.append("<td class=\"").append(words).append("\" title=\"")
                        .append(GradeReport.xml(graded == null ? "" : graded.output())).append("\">").append(words).append("</td>");
            }
            out.append("<td>").append(GradeReport.xml(String.join(", ", student.result().editedTests()))).append("</td></tr>\n");
        }
        out.append("</table></div>\n<p>Hover a cell for what the tests said.</p>\n</body></html>\n");
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

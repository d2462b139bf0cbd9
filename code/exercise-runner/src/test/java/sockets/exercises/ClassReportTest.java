package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassReportTest {

    private static final ClassReport CLASS = new ClassReport(List.of(new ClassReport.Student("ann", new Grader.Result(List.of(
            new Grader.Graded("01", "SocketState", Grader.Status.PASSED, 1, 1, ""),
            new Grader.Graded("02", "FreePort", Grader.Status.PASSED, 2, 2, ""),
            new Grader.Graded("02", "PortBytes", Grader.Status.FAILED, 0, 1, "")), List.of()))));

    @Test
    void its_csv_gives_the_id_the_percentage_and_each_chapters_subtotal_for_a_grade_book() {
        assertEquals("""
                id,percent,score,max_score,chapter 01,chapter 02,01 SocketState,02 FreePort,02 PortBytes,edited_tests
                ann,75.0,3,4,1,2,1,2,0,
                """, CLASS.csv());
    }

    @Test
    void its_html_keeps_the_name_and_the_total_in_view_with_nothing_fetched() {
        var html = CLASS.html();

        assertAll(
                () -> assertTrue(html.contains("<td class=\"name\" title=\"ann\">ann</td><td class=\"total\">3/4 (75.0 %)</td>"), html),
                () -> assertTrue(html.contains(".name { position: sticky; left: 0;") && html.contains(".total { position: sticky;"), html),
                () -> assertTrue(!html.contains("<script") && !html.contains("<link") && !html.contains("src="), "self-contained"));
    }

    @Test
    void is_headed_by_the_assignments_title_and_due_date(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("assignments"));
        Files.writeString(folder.resolve("assignments/w.properties"), "title=Week 1\nchapters=01 02\ndue=2026-10-09T23:59:00Z\n");
        var students = List.of(new ClassReport.Student("ann", new Grader.Result(List.of(), List.of())));

        var report = new ClassReport(students, Assignment.load(folder, "w"));

        assertTrue(report.markdown().startsWith("# Week 1 (due 2026-10-09T23:59:00Z): results of 1 student\n"), report.markdown());
    }
}

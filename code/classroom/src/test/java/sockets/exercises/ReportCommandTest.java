package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(300)
class ReportCommandTest {

    private static Path student(Path root, String name, String variant) {
        var copy = root.resolve(name);
        FixtureChapter.copyTree(FixtureChapter.variant(variant), copy.resolve("chapters/01-fixture/exercises/work"));
        return copy;
    }

    @Test
    void reports_every_student_even_one_whose_code_exits_hangs_or_does_not_compile(@TempDir Path root) throws Exception {
        var workbook = FixtureChapter.copyOfChaptersInto(root.resolve("workbook/chapters")).getParent();
        // bob's LineEcho does not compile; his LoopbackListener is solved, and graded on its own
        var compileError = student(root, "bob", "compile-error");
        var exits = student(root, "cyd", "student-exits");
        var loops = student(root, "dee", "student-loops");
        var output = root.resolve("report");

        var run = RunnerInvocation.run(workbook, "report", "--output", output.toString(), "--test-timeout", "2", "--jobs", "2",
                compileError.toString(), exits.toString(), loops.toString());

        var markdown = Files.readString(output.resolve("report.md"));
        var csv = Files.readString(output.resolve("report.csv"));
        var html = Files.readString(output.resolve("report.html"));
        assertAll(
                () -> assertEquals(0, run.status(), run.err()),
                () -> assertTrue(markdown.contains("| student | 01 LoopbackListener | 01 LineEcho | total | edited tests |\n"), markdown),
                () -> assertTrue(markdown.contains("| bob | passed | does not compile | 1/4 |  |\n"), markdown),
                () -> assertTrue(markdown.contains("| cyd | ends the run | not attempted | 0/4 |  |\n"), markdown),
                () -> assertTrue(markdown.contains("| dee | failed | not attempted | 0/4 |  |\n"), markdown),
                () -> assertTrue(csv.startsWith("id,percent,score,max_score,chapter 01,01 LoopbackListener,01 LineEcho,edited_tests\n"
                        + "bob,25.0,1,4,1,1,0,\n"), csv),
                () -> assertTrue(Files.isRegularFile(output.resolve("students/cyd.json")), "each student saved"),
                () -> assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<td class=\"passed\""), html),
                () -> assertFalse(html.contains("<script") || html.contains("href=\"http") || html.contains("src="),
                        "self-contained: nothing fetched"));
    }

    @Test
    void resumes_a_run_reading_back_the_students_already_graded_unless_asked_again(@TempDir Path root) throws Exception {
        var workbook = FixtureChapter.copyOfChaptersInto(root.resolve("workbook/chapters")).getParent();
        var ann = student(root, "ann", "half-done");
        var output = root.resolve("report");
        RunnerInvocation.run(workbook, "report", "--output", output.toString(), ann.toString());
        var saved = output.resolve("students/ann.json");
        Files.writeString(saved, Files.readString(saved).replace("\"score\": 1,", "\"score\": 0,"));

        var resumed = RunnerInvocation.run(workbook, "report", "--output", output.toString(), ann.toString());

        assertAll(
                () -> assertTrue(resumed.err().contains("ann: graded before (ann.json), not again"), resumed.err()),
                () -> assertTrue(resumed.out().contains("| ann | passed | not attempted | 0/4 |"), "read back as saved: " + resumed.out()));
    }
}

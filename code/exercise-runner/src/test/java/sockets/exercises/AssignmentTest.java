package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentTest {

    private static final Grader.Result THREE_CHAPTERS = new Grader.Result(List.of(
            new Grader.Graded("01", "SocketState", Grader.Status.PASSED, 1, 1, ""),
            new Grader.Graded("02", "FreePort", Grader.Status.FAILED, 1, 2, "half its tests"),
            new Grader.Graded("03", "AcceptQueue", Grader.Status.PASSED, 1, 1, "")), List.of());

    private static Path root(Path folder, String name, String text) throws Exception {
        Files.createDirectories(folder.resolve("assignments"));
        Files.writeString(folder.resolve("assignments").resolve(name + ".properties"), text);
        return folder;
    }

    @Test
    void reads_chapters_exercises_points_due_date_and_visibility(@TempDir Path folder) throws Exception {
        var root = root(folder, "week-01", """
                title=Week 1
                # a comment
                chapters=1, 02
                exercises=03/AcceptQueue
                points.02/FreePort=4
                due=2026-10-09T23:59:00Z
                visibility=after_due_date
                """);

        var assignment = Assignment.load(root, "week-01");

        assertAll(
                () -> assertEquals("Week 1", assignment.title()),
                () -> assertEquals(List.of("01", "02", "03"), assignment.chaptersToGrade()),
                () -> assertTrue(assignment.includes("03", "AcceptQueue")),
                () -> assertFalse(assignment.includes("03", "DrainQueue")),
                () -> assertEquals(Instant.parse("2026-10-09T23:59:00Z"), assignment.due().orElseThrow()),
                () -> assertEquals("after_due_date", assignment.visibility()));
    }

    @Test
    void keeps_its_exercises_only_at_its_points_a_partial_score_keeping_its_share(@TempDir Path folder) throws Exception {
        var assignment = Assignment.load(root(folder, "w", "chapters=02\npoints.02/FreePort=4\n"), "w");

        var applied = assignment.applied(THREE_CHAPTERS);

        assertAll(
                () -> assertEquals(1, applied.exercises().size()),
                () -> assertEquals(4, applied.maxScore()),
                () -> assertEquals(2, applied.score(), "1 of 2 is 2 of 4"));
    }

    @Test
    void without_an_assignment_grades_every_exercise_as_before() {
        assertEquals(THREE_CHAPTERS, Assignment.everything().applied(THREE_CHAPTERS));
    }

    @Test
    void refuses_an_unknown_name_naming_the_assignments_there_are(@TempDir Path folder) throws Exception {
        var root = root(folder, "week-01", "chapters=01\n");

        var refused = assertThrows(IllegalArgumentException.class, () -> Assignment.load(root, "week-9"));

        assertEquals("No assignment week-9: assignments/ holds week-01.", refused.getMessage());
    }

    @Test
    void refuses_a_visibility_gradescope_does_not_know(@TempDir Path folder) throws Exception {
        var root = root(folder, "w", "chapters=01\nvisibility=later\n");

        var refused = assertThrows(IllegalArgumentException.class, () -> Assignment.load(root, "w"));

        assertTrue(refused.getMessage().endsWith("visibility is one of visible, after_due_date, after_published, hidden, not later."),
                refused.getMessage());
    }

    @Test
    void the_example_assignments_of_the_workbook_load() {
        var workbook = Path.of("../..").toAbsolutePath().normalize();

        assertAll(
                () -> assertEquals(List.of("01", "02"), Assignment.load(workbook, "week-01").chaptersToGrade()),
                () -> assertEquals(3, Assignment.load(workbook, "week-02").points().get("04/CountingServer")));
    }
}

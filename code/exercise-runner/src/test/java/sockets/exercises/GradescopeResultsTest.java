package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.json as Gradescope's autograder specification documents its fields. */
class GradescopeResultsTest {

    private static Map<?, ?> results(Grader.Result result, Assignment assignment) {
        return (Map<?, ?>) Json.parse(GradescopeResults.of(result, assignment, Duration.ofSeconds(42)));
    }

    @Test
    void gives_the_execution_time_and_keeps_the_autograders_log_from_students() {
        var results = results(new Grader.Result(List.of(new Grader.Graded("01", "A", Grader.Status.PASSED, 1, 1, "")), List.of()),
                Assignment.everything());

        assertAll(
                () -> assertEquals(42.0, results.get("execution_time")),
                () -> assertEquals("hidden", results.get("stdout_visibility")),
                () -> assertEquals("", results.get("output")));
    }

    @Test
    void shows_every_test_as_the_assignment_says(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("assignments"));
        Files.writeString(folder.resolve("assignments/w.properties"), "chapters=01\nvisibility=after_due_date\n");
        var result = new Grader.Result(List.of(new Grader.Graded("01", "A", Grader.Status.FAILED, 0, 1, "no")), List.of());

        var results = results(result, Assignment.load(folder, "w"));

        assertAll(
                () -> assertEquals("after_due_date", results.get("visibility")),
                () -> assertEquals("after_due_date", ((Map<?, ?>) ((List<?>) results.get("tests")).getFirst()).get("visibility")));
    }

    @Test
    void says_why_when_nothing_was_found_to_grade() {
        var result = new Grader.Result(List.of(new Grader.Graded("01", "A", Grader.Status.NOT_ATTEMPTED, 0, 1, "")), List.of());

        assertEquals(GradescopeResults.NOTHING_FOUND, results(result, Assignment.everything()).get("output"));
    }
}

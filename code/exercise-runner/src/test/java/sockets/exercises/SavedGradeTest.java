package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedGradeTest {

    @Test
    void reads_back_the_grade_it_wrote(@TempDir Path folder) {
        var result = new Grader.Result(List.of(
                new Grader.Graded("01", "LineEcho", Grader.Status.HUNG, 0, 3, "stuck in \"read\"\n  at line 4", Duration.ofMillis(2500)),
                new Grader.Graded("01", "LoopbackListener", Grader.Status.PASSED, 1, 1, "", Duration.ofMillis(1200))),
                List.of("chapters/01-fixture/exercises/test/X.java"));
        var saved = new SavedGrade(folder.resolve("students/ann.json"));

        saved.write(result);

        assertEquals(result, saved.read());
    }
}

package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How a compile error names the student's file: as they would type it where they stand. */
class ExerciseCompilerTest {

    @Test
    void shows_a_path_below_the_working_directory_relative_to_it() {
        var file = Path.of("").toAbsolutePath().resolve("chapters/01-x/exercises/work/A.java");

        assertEquals(Path.of("chapters/01-x/exercises/work/A.java").toString(), ExerciseCompiler.shown(file));
    }

    @Test
    void shows_a_path_elsewhere_in_full() {
        var file = Path.of("").toAbsolutePath().getRoot().resolve("elsewhere/A.java");

        assertEquals(file.toString(), ExerciseCompiler.shown(file));
    }
}

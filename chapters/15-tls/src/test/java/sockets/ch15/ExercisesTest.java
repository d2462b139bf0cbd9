package sockets.ch15;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import sockets.exercises.ExercisesContract;

/** The chapter's exercises: starters compile, solutions pass, starters fail, tasks have hints. */
class ExercisesTest extends ExercisesContract {

    /** The exercises' tests read the chapter's keys: make them once, before they run. */
    @BeforeAll
    static void makeTheKeys() throws IOException {
        KeyMaker.made();
    }
}

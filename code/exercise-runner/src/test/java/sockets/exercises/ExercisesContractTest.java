package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The contract must catch a broken chapter, not only bless a good one. */
@Timeout(60)
class ExercisesContractTest {

    private static ExercisesContract on(Path chapter) {
        return new ExercisesContract() {
            @Override
            protected Path chapterDirectory() {
                return chapter;
            }
        };
    }

    private static Path brokenCopy(Path root) {
        return FixtureChapter.copyOfChaptersInto(root).resolve("01-fixture");
    }

    @Test
    void names_a_starter_that_lacks_its_TODO_marker(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        var starter = chapter.resolve("exercises/starter/sockets/fixture/exercises/LineEcho.java");
        Files.writeString(starter, Files.readString(starter).replace(ChapterExercises.TODO_MARKER, "// write me"));

        var failure = assertThrows(AssertionError.class, on(chapter)::every_starter_carries_its_TODO_marker);

        assertTrue(failure.getMessage().contains("sockets/fixture/exercises/LineEcho.java"), failure.getMessage());
    }

    @Test
    void names_an_exercise_its_starter_already_solves(@TempDir Path root) {
        var chapter = brokenCopy(root);
        FixtureChapter.copyTree(FixtureChapter.variant("half-done"), chapter.resolve("exercises/starter"));

        var failure = assertThrows(AssertionError.class, on(chapter)::every_exercise_fails_against_its_untouched_starter);

        assertTrue(failure.getMessage().endsWith(": LoopbackListener"), failure.getMessage());
    }

    @Test
    void names_an_exercise_without_a_hint(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        var document = chapter.resolve("exercises/exercises.adoc");
        Files.writeString(document, Files.readString(document).replace("hint-LineEcho-", "hint-Other-"));

        var failure = assertThrows(AssertionError.class, on(chapter)::every_exercise_has_a_task_and_a_hint);

        assertTrue(failure.getMessage().contains("LineEcho has no hint"), failure.getMessage());
    }

    @Test
    void names_a_tier_missing_between_two_others(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        var document = chapter.resolve("exercises/exercises.adoc");
        Files.writeString(document, Files.readString(document).replace("hint-LineEcho-2[]", "hint-LineEcho-4[]"));

        var failure = assertThrows(AssertionError.class, on(chapter)::every_exercise_has_a_task_and_a_hint);

        assertTrue(failure.getMessage().contains("LineEcho's hints are numbered [1, 3, 4]"), failure.getMessage());
    }

    @Test
    void names_a_tier_the_book_would_show_unfolded(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        var document = chapter.resolve("exercises/exercises.adoc");
        Files.writeString(document, Files.readString(document).replaceFirst("\\[%collapsible]\n", ""));

        var failure = assertThrows(AssertionError.class, on(chapter)::every_exercise_has_a_task_and_a_hint);

        assertTrue(failure.getMessage().contains("LineEcho's hint 1 is not inside a [%collapsible] block"),
                failure.getMessage());
    }

    @Test
    void names_an_exercise_with_a_single_hint_and_tiers_at_once(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        var document = chapter.resolve("exercises/exercises.adoc");
        Files.writeString(document, Files.readString(document)
                + "\n// tag::hint-LineEcho[]\nAn old hint.\n// end::hint-LineEcho[]\n");

        var failure = assertThrows(AssertionError.class, on(chapter)::every_exercise_has_a_task_and_a_hint);

        assertTrue(failure.getMessage().contains("LineEcho has both a single hint"), failure.getMessage());
    }

    @Test
    void reports_a_solution_that_fails_its_tests(@TempDir Path root) {
        var chapter = brokenCopy(root);
        FixtureChapter.copyTree(FixtureChapter.variant("half-done"), chapter.resolve("exercises/solution"));

        var failure = assertThrows(AssertionError.class, on(chapter)::every_exercise_passes_against_the_reference_solution);

        assertTrue(failure.getMessage().contains("FAIL LineEcho"), failure.getMessage());
    }
}

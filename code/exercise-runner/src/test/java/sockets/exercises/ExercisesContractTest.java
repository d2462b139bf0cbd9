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

    /** Runs the contract's test per mistake fixture and returns what they failed with, in one text. */
    private static String mistakeFailures(Path chapter) {
        var failures = new StringBuilder();
        on(chapter).every_mistake_fails_and_its_report_names_it().forEach(test -> {
            try {
                test.getExecutable().execute();
            } catch (AssertionError failure) {
                failures.append(test.getDisplayName()).append(": ").append(failure.getMessage()).append('\n');
            } catch (Throwable other) {
                throw new AssertionError(other);
            }
        });
        return failures.toString();
    }

    private static Path mistake(Path chapter, String exercise, String name, String concept) throws IOException {
        var directory = Files.createDirectories(chapter.resolve("exercises/mistakes").resolve(exercise).resolve(name));
        Files.writeString(directory.resolve(MistakeFixture.DESCRIPTOR), "concept = " + concept + "\n");
        return directory;
    }

    @Test
    void names_a_mistake_the_tests_do_not_catch(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        // Without its newline the reply still ends where the connection does: the test reads it whole.
        var fixture = mistake(chapter, "LineEcho", "forgets-the-newline", "newline");
        var solution = Files.readString(chapter.resolve("exercises/solution/sockets/fixture/exercises/LineEcho.java"));
        Files.writeString(fixture.resolve("LineEcho.java"), solution.replace(" + \"\\n\"", ""));

        var failures = mistakeFailures(chapter);

        assertTrue(failures.contains("LineEcho/forgets-the-newline passes the tests of LineEcho"), failures);
    }

    @Test
    void names_a_mistake_whose_report_lacks_its_concept(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        mistake(chapter, "LineEcho", "shouts", "a FIN");

        var failures = mistakeFailures(chapter);

        assertTrue(failures.contains("LineEcho/shouts fails, but its report does not say \"a FIN\""), failures);
    }

    @Test
    void names_a_mistake_that_does_not_compile(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        var fixture = mistake(chapter, "LineEcho", "half-written", "the line");
        Files.writeString(fixture.resolve("LineEcho.java"), "package sockets.fixture.exercises;\nclass LineEcho {");

        var failures = mistakeFailures(chapter);

        assertTrue(failures.contains("LineEcho/half-written does not compile"), failures);
    }

    @Test
    void runs_only_the_tests_a_mistake_names(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        // Binding every address fails the address test only: the port test alone passes it.
        var descriptor = chapter.resolve("exercises/mistakes/LoopbackListener/binds-every-address/mistake.properties");
        Files.writeString(descriptor, Files.readString(descriptor) + "tests = lets_the_system_choose_the_port\n");

        var failures = mistakeFailures(chapter);

        assertTrue(failures.contains("LoopbackListener/binds-every-address passes the tests of LoopbackListener"), failures);
    }

    @Test
    void names_a_test_a_mistake_names_that_does_not_exist(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        var descriptor = chapter.resolve("exercises/mistakes/LineEcho/shouts/mistake.properties");
        Files.writeString(descriptor, Files.readString(descriptor) + "tests = echoes_twice\n");

        var failures = mistakeFailures(chapter);

        assertTrue(failures.contains("LineEcho/shouts names the test echoes_twice, which LineEchoTest does not have"), failures);
    }

    @Test
    void holds_on_the_fixture_chapters_mistakes(@TempDir Path root) {
        var failures = mistakeFailures(brokenCopy(root));

        assertTrue(failures.isEmpty(), failures);
    }

    @Test
    void names_an_exercise_with_too_few_mistakes(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        FixtureChapter.delete(chapter.resolve("exercises/mistakes/LineEcho/shouts"));

        var failure = assertThrows(AssertionError.class, on(chapter)::every_exercise_keeps_its_typical_mistakes);

        assertTrue(failure.getMessage().endsWith("for: LineEcho"), failure.getMessage());
    }

    @Test
    void names_a_hint_that_shows_the_code(@TempDir Path root) throws IOException {
        var chapter = brokenCopy(root);
        var document = chapter.resolve("exercises/exercises.adoc");
        Files.writeString(document, Files.readString(document).replace("// end::hint-LineEcho-3[]",
                "----\ntry (var client = listener.accept()) {\n    out.write(line);\n}\n----\n// end::hint-LineEcho-3[]"));

        var failure = assertThrows(AssertionError.class, on(chapter)::no_hint_shows_more_code_than_a_signature);

        assertTrue(failure.getMessage().contains("the hint of LineEcho tier 3 shows 3 lines of code"), failure.getMessage());
    }

    @Test
    void reports_a_solution_that_fails_its_tests(@TempDir Path root) {
        var chapter = brokenCopy(root);
        FixtureChapter.copyTree(FixtureChapter.variant("half-done"), chapter.resolve("exercises/solution"));

        var failure = assertThrows(AssertionError.class, on(chapter)::every_exercise_passes_against_the_reference_solution);

        assertTrue(failure.getMessage().contains("FAIL LineEcho"), failure.getMessage());
    }
}

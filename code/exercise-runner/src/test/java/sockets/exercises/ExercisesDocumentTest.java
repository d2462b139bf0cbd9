package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExercisesDocumentTest {

    private static final ExercisesDocument TIERED = ExercisesDocument.parse("""
            == Echo

            Write `Echo.serve`.

            .Hint 1: the idea
            [%collapsible]
            ====
            // tag::hint-Echo-1[]
            Bytes in, the *same* bytes out.
            // end::hint-Echo-1[]
            ====

            [%collapsible]
            .Hint 2: the API to use
            ====
            // tag::hint-Echo-2[]
            `InputStream.transferTo`.
            // end::hint-Echo-2[]
            ====

            Then test it.
            """.lines().toList());

    @Test
    void reads_the_tiers_in_order_with_the_titles_of_their_blocks() {
        var hints = TIERED.hints("Echo");

        assertAll(
                () -> assertEquals(List.of(1, 2), hints.stream().map(ExercisesDocument.Hint::tier).toList()),
                () -> assertEquals(List.of("the idea", "the API to use"),
                        hints.stream().map(ExercisesDocument.Hint::label).toList()),
                () -> assertEquals("Bytes in, the same bytes out.", hints.getFirst().text()),
                () -> assertEquals(Optional.empty(), TIERED.hintProblem("Echo")));
    }

    @Test
    void leaves_the_folded_hints_out_of_the_task() {
        assertEquals(Optional.of("Write `Echo.serve`.\n\nThen test it."), TIERED.task("Echo"));
    }

    @Test
    void reads_a_single_hint_of_the_older_form_as_one_tier_that_needs_no_fold() {
        var document = ExercisesDocument.parse("""
                == Echo
                .Hint
                // tag::hint-Echo[]
                Copy the bytes.
                // end::hint-Echo[]
                """.lines().toList());

        assertAll(
                () -> assertEquals(List.of(new ExercisesDocument.Hint(1, "", "Copy the bytes.", false)), document.hints("Echo")),
                () -> assertEquals(Optional.empty(), document.hintProblem("Echo")));
    }

    @Test
    void a_line_of_a_hint_that_starts_with_a_dot_keeps_it_inside_a_paragraph() {
        var document = ExercisesDocument.parse("""
                == Echo
                // tag::hint-Echo[]
                `ByteBuffer.allocate(4)
                .putInt(7)` encodes it.
                // end::hint-Echo[]
                """.lines().toList());

        assertEquals("`ByteBuffer.allocate(4)\n.putInt(7)` encodes it.", document.hints("Echo").getFirst().text());
    }

    @Test
    void the_books_index_terms_are_not_shown_in_a_hint() {
        var document = ExercisesDocument.parse("""
                == Echo
                // tag::hint-Echo[]
                `parseLong` throws `NumberFormatException` indexterm:[NumberFormatException]
                indexterm:[parsing]
                for what is not a number (((numbers, parsing))): catch it.

                Then ((flush)) it.
                // end::hint-Echo[]
                """.lines().toList());

        assertEquals("`parseLong` throws `NumberFormatException`\nfor what is not a number: catch it.\n\nThen flush it.",
                document.hints("Echo").getFirst().text());
    }

    @Test
    void an_exercise_whose_points_are_per_test_scores_its_share_of_passing_tests() {
        var document = ExercisesDocument.parse("""
                == Echo
                // points::Echo[4] per-test

                == Batch
                // points::Batch[4]
                """.lines().toList());

        assertAll(
                () -> assertEquals(3, document.score("Echo", 3, 4)),
                () -> assertEquals(1, document.score("Echo", 1, 3), "rounded down"),
                () -> assertEquals(4, document.score("Echo", 4, 4)),
                () -> assertEquals(0, document.score("Batch", 3, 4), "all or nothing without per-test"),
                () -> assertEquals(4, document.points("Echo")));
    }
}

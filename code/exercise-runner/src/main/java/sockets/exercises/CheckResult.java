package sockets.exercises;

import java.util.List;

/** What checking one variant of a chapter's exercises found. */
public sealed interface CheckResult {

    /** javac refused: nothing ran. */
    record DidNotCompile(List<String> errors) implements CheckResult {
        public DidNotCompile {
            errors = List.copyOf(errors);
        }
    }

    /**
     * The tests ran.
     *
     * @param exercises     one verdict per exercise, in the order the book presents them
     * @param runProblems   failures that belong to no exercise (an engine that could not start)
     */
    record Ran(List<ExerciseResult> exercises, List<TestOutcome> runProblems) implements CheckResult {
        public Ran {
            exercises = List.copyOf(exercises);
            runProblems = List.copyOf(runProblems);
        }

        public long passing() {
            return exercises.stream().filter(ExerciseResult::passed).count();
        }

        public boolean allPass() {
            return runProblems.isEmpty() && passing() == exercises.size();
        }
    }
}

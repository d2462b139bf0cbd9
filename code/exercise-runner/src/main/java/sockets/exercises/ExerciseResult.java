package sockets.exercises;

import java.util.List;
import java.util.Optional;

/** One exercise's verdict: it passes when at least one test ran and none failed. */
public record ExerciseResult(String name, List<TestOutcome> outcomes) {

    public ExerciseResult {
        outcomes = List.copyOf(outcomes);
    }

    public boolean passed() {
        return outcomes.stream().anyMatch(o -> o.status() == TestOutcome.Status.PASSED)
                && outcomes.stream().noneMatch(TestOutcome::failed);
    }

    public Optional<TestOutcome> firstFailure() {
        return outcomes.stream().filter(TestOutcome::failed).findFirst();
    }

    public long failures() {
        return outcomes.stream().filter(TestOutcome::failed).count();
    }
}

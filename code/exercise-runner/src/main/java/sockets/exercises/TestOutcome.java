package sockets.exercises;

import java.util.List;
import java.util.Optional;

/**
 * How one test (or a test class that could not even start) ended.
 *
 * @param exercise    the exercise the test belongs to, or null for a failure outside any
 * @param testClass   the test's class, which also names the exercise's package
 * @param displayName what the test says it checks
 * @param failure     why it failed, or null
 * @param wireDump    the bytes its connections carried, published by the testkit, or null
 * @param stuckStack  for a timeout: where the test thread was when the time ran out, or null
 * @param studentThreads for a timeout whose stuck thread was not in the student's code: the
 *                    stacks of threads that were, when the time ran out
 */
public record TestOutcome(String exercise, String testClass, String displayName, Status status,
                          Throwable failure, String wireDump, StackTraceElement[] stuckStack,
                          List<StackTraceElement[]> studentThreads) {

    public TestOutcome {
        studentThreads = studentThreads == null ? List.of() : List.copyOf(studentThreads);
    }

    public TestOutcome(String exercise, String testClass, String displayName, Status status,
                       Throwable failure, String wireDump, StackTraceElement[] stuckStack) {
        this(exercise, testClass, displayName, status, failure, wireDump, stuckStack, List.of());
    }

    public enum Status { PASSED, FAILED, SKIPPED }

    public boolean failed() {
        return status == Status.FAILED;
    }

    public String exercisePackage() {
        var dot = testClass == null ? -1 : testClass.lastIndexOf('.');
        return dot < 0 ? "" : testClass.substring(0, dot);
    }

    public Optional<String> wire() {
        return Optional.ofNullable(wireDump).filter(dump -> !dump.isBlank());
    }
}

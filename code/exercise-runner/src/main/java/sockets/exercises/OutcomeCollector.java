package sockets.exercises;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Listens to a launcher run and keeps, per test, what a student needs: pass or fail, the
 * failure, the wire dump the testkit published, and for a timeout the stuck thread's stack.
 */
final class OutcomeCollector implements TestExecutionListener {

    static final String WIRE_REPORT_KEY = "wire";

    private final List<Ordered> outcomes = new ArrayList<>();
    private final Map<String, String> wireDumps = new ConcurrentHashMap<>();
    /** Where each test stands in the plan: tests run at once, the report reads in this order. */
    private final Map<String, Integer> planOrder = new ConcurrentHashMap<>();

    /** What happened, in the order the tests were discovered, whatever order they finished in. */
    synchronized List<TestOutcome> outcomes() {
        return outcomes.stream().sorted(Comparator.comparingInt(o -> planOrder.getOrDefault(o.uniqueId(), Integer.MAX_VALUE)))
                .map(Ordered::outcome).toList();
    }

    private record Ordered(String uniqueId, TestOutcome outcome) {
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        plan.getRoots().forEach(root -> number(plan, root));
    }

    private void number(TestPlan plan, TestIdentifier node) {
        planOrder.putIfAbsent(node.getUniqueId(), planOrder.size());
        plan.getChildren(node).forEach(child -> number(plan, child));
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        var dump = entry.getKeyValuePairs().get(WIRE_REPORT_KEY);
        if (dump != null) {
            wireDumps.merge(test.getUniqueId(), dump, String::concat);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        var testClass = testClassOf(test);
        if (test.isTest() && testClass != null) {
            add(test, new TestOutcome(ChapterExercises.exerciseOf(testClass), testClass, test.getDisplayName(),
                    TestOutcome.Status.SKIPPED, null, null, null));
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        var testClass = testClassOf(test);
        boolean failed = result.getStatus() == TestExecutionResult.Status.FAILED;
        // Containers matter only when they fail: a class whose @BeforeAll broke, an engine that
        // could not discover, all of which leave the exercise without a passing test.
        if (!test.isTest() && !failed) {
            return;
        }
        var failure = result.getThrowable().orElse(null);
        var status = switch (result.getStatus()) {
            case SUCCESSFUL -> TestOutcome.Status.PASSED;
            case ABORTED -> TestOutcome.Status.SKIPPED;
            case FAILED -> TestOutcome.Status.FAILED;
        };
        var stuck = failure == null ? null : stuckStackOf(failure, testClass);
        add(test, new TestOutcome(testClass == null ? null : ChapterExercises.exerciseOf(testClass), testClass,
                test.getDisplayName(), status, failure, wireDumps.remove(test.getUniqueId()), stuck,
                stuck == null ? List.of() : studentThreadsOf(testClass, stuck)));
    }

    private synchronized void add(TestIdentifier test, TestOutcome outcome) {
        outcomes.add(new Ordered(test.getUniqueId(), outcome));
    }

    /**
     * When a test ran out of time, the threads still alive in the student's code: the test's own
     * thread often waits on them (a join, a future), and only their stacks say which socket call
     * holds them. Read now, while they are still blocked.
     */
    private static List<StackTraceElement[]> studentThreadsOf(String testClass, StackTraceElement[] stuck) {
        var dot = testClass == null ? -1 : testClass.lastIndexOf('.');
        if (dot < 0 || StuckThreadDiagnosis.hasStudentFrame(stuck, testClass.substring(0, dot))) {
            return List.of();
        }
        var exercisePackage = testClass.substring(0, dot);
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey() != Thread.currentThread())
                .map(Map.Entry::getValue)
                .filter(stack -> StuckThreadDiagnosis.hasStudentFrame(stack, exercisePackage))
                .limit(3)
                .toList();
    }

    private static String testClassOf(TestIdentifier test) {
        return test.getSource().map(source -> switch (source) {
            case MethodSource method -> method.getClassName();
            case ClassSource type -> type.getClassName();
            default -> null;
        }).orElse(null);
    }

    /**
     * JUnit 6 (SEPARATE_THREAD mode) makes the stuck thread's stack the cause of its
     * TimeoutException, as an ExecutionTimeoutException. Should a JUnit version not attach it,
     * the abandoned thread is usually still blocked right now, so its live stack is as good.
     */
    private static StackTraceElement[] stuckStackOf(Throwable failure, String testClass) {
        // assertTimeoutPreemptively: the thread that ran the code under the limit, as a cause.
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("ExecutionTimeoutException") && cause.getStackTrace().length > 0) {
                return cause.getStackTrace();
            }
        }
        if (!(failure instanceof TimeoutException)) {
            return null;
        }
        for (Throwable attached = failure.getCause(); attached != null; attached = attached.getCause()) {
            if (attached.getStackTrace().length > 0) {
                return attached.getStackTrace();
            }
        }
        for (var suppressed : failure.getSuppressed()) {
            if (suppressed.getStackTrace().length > 0 && suppressed.getClass().getName().contains("Timeout")) {
                return suppressed.getStackTrace();
            }
        }
        return liveStackRunning(testClass);
    }

    private static StackTraceElement[] liveStackRunning(String testClass) {
        if (testClass == null) {
            return null;
        }
        for (var stack : Thread.getAllStackTraces().values()) {
            for (var frame : stack) {
                if (frame.getClassName().equals(testClass) || frame.getClassName().startsWith(testClass + "$")) {
                    return stack;
                }
            }
        }
        return null;
    }
}

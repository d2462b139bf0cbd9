package sockets.exercises;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: a benchmark, run by hand, of what {@code report --jobs 2} saves over
 * {@code --jobs 1} on 20 generated students of the fixture chapter (a mix of solved, half done,
 * not compiling and stuck). It prints the two wall times and the machine's load; it asserts
 * nothing, so a loaded machine never fails a build. Each is run twice, in the order 1, 2, 2, 1,
 * and the mean printed. The teachers' page quotes a run of it:
 *
 * <pre>
 * ./mvnw -q -pl code/classroom -am test -Dtest=ReportJobsBenchmark -Dbenchmark=report-jobs -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "report-jobs")
@Timeout(1800)
class ReportJobsBenchmark {

    private static final int STUDENTS = 20;
    private static final List<String> VARIANTS = List.of("solved", "half-done", "compile-error", "student-loops");

    @Test
    void report_with_two_jobs_against_one(@TempDir Path root) throws Exception {
        var workbook = FixtureChapter.copyOfChaptersInto(root.resolve("workbook/chapters")).getParent();
        var copies = new ArrayList<String>();
        for (int i = 0; i < STUDENTS; i++) {
            var variant = VARIANTS.get(i % VARIANTS.size());
            var work = root.resolve("class/student-%02d".formatted(i + 1)).resolve("chapters/01-fixture/exercises/work");
            FixtureChapter.copyTree(variant.equals("solved") ? FixtureChapter.chapter().resolve("exercises/solution")
                    : FixtureChapter.variant(variant), work);
            copies.add(work.getParent().getParent().getParent().getParent().toString());
        }
        // 1, 2, 2, 1: a load that rises or falls during the run weighs on both alike
        var one = seconds(workbook, root.resolve("report-1a"), "1", copies);
        var two = seconds(workbook, root.resolve("report-2a"), "2", copies);
        two += seconds(workbook, root.resolve("report-2b"), "2", copies);
        one += seconds(workbook, root.resolve("report-1b"), "1", copies);
        System.out.printf(Locale.ROOT, "report of %d students (fixture chapter, --test-timeout 2) on %d cores, load %.2f at the end:%n"
                        + "  --jobs 1: %.1f s%n  --jobs 2: %.1f s (%.0f %% of the time --jobs 1 took)%n", STUDENTS,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                one / 2, two / 2, 100 * two / one);
        if (!Files.readString(root.resolve("report-1a/report.csv")).equals(Files.readString(root.resolve("report-2a/report.csv")))) {
            System.out.println("  (the reports differ: a student near a time limit on a loaded machine)");
        }
    }

    private static double seconds(Path workbook, Path output, String jobs, List<String> copies) {
        var args = new ArrayList<>(List.of("report", "--output", output.toString(), "--test-timeout", "2", "--jobs", jobs));
        args.addAll(copies);
        long started = System.nanoTime();
        RunnerInvocation.run(workbook, args.toArray(String[]::new));
        return (System.nanoTime() - started) / 1e9;
    }
}

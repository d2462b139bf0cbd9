package sockets.exercises;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Grades one student's copy of the workbook: each exercise the student began is compiled and
 * tested in a child JVM of its own, with a time limit, so that a student's {@code System.exit},
 * a hang or a crash ends that exercise's run only, and is reported as such.
 * The tests and the starters are the grader's (the workbook at {@code root}); only the
 * student's {@code exercises/work} files come from the submission.
 *
 * @param root           the workbook whose chapters, tests and points count
 * @param exerciseLimit  how long one exercise's child JVM may run
 * @param studentLimit   how long one student's exercises may run together
 * @param testTimeout    how long one test may take before it is explained as stuck
 */
public record Grader(Path root, Duration exerciseLimit, Duration studentLimit, Duration testTimeout) {

    /** How long one exercise's tests may run in their child JVM, compiling included. */
    public static final Duration EXERCISE_LIMIT = Duration.ofSeconds(90);
    /** How long one student's chapters may run together. */
    public static final Duration STUDENT_LIMIT = Duration.ofMinutes(10);

    public Grader(Path root, Duration exerciseLimit, Duration studentLimit) {
        this(root, exerciseLimit, studentLimit, ExerciseLauncher.DEFAULT_TIMEOUT);
    }

    public enum Status {
        PASSED("passed"), FAILED("failed"), NOT_ATTEMPTED("not attempted"), NO_COMPILE("does not compile"),
        HUNG("did not finish in time"), ENDED("ended the test run itself"), NOT_RUN("not run: the student's time ran out");

        public final String words;

        Status(String words) {
            this.words = words;
        }
    }

    /** One exercise's grade, and how long its child JVM ran (zero when none ran). */
    public record Graded(String chapter, String exercise, Status status, int score, int maxScore, String output,
                         Duration time) {
        public Graded(String chapter, String exercise, Status status, int score, int maxScore, String output) {
            this(chapter, exercise, status, score, maxScore, output, Duration.ZERO);
        }

        Graded timed(Duration time) {
            return new Graded(chapter, exercise, status, score, maxScore, output, time);
        }

        public String name() {
            return chapter + " " + exercise;
        }
    }

    /** A student's grades, and the test files that differ from the grader's own ({@link TestFileChecksums#differing}). */
    public record Result(List<Graded> exercises, List<String> editedTests) {
        public int score() {
            return exercises.stream().mapToInt(Graded::score).sum();
        }

        public int maxScore() {
            return exercises.stream().mapToInt(Graded::maxScore).sum();
        }
    }

    /**
     * Grades the chapters numbered in {@code chapters} (all when empty) of the submission: the
     * student's copy of the workbook, whose {@code chapters/NN-x/exercises/work} hold their code.
     */
    public Result grade(Path submission, List<String> chapters) {
        return grade(submission, chapters, (chapter, exercise) -> true);
    }

    /**
     * Grades, of the chapters numbered in {@code chapters} (all when empty), the exercises that
     * {@code included} accepts (chapter number, exercise name): an assignment's. The others are
     * left out of the result, not graded at all.
     */
    public Result grade(Path submission, List<String> chapters, java.util.function.BiPredicate<String, String> included) {
        long deadline = System.nanoTime() + studentLimit.toNanos();
        var graded = new ArrayList<Graded>();
        for (var chapterDir : ChapterExercises.chaptersUnder(root.resolve("chapters"))) {
            var chapter = new ChapterExercises(chapterDir);
            if (!chapters.isEmpty() && !chapters.contains(chapter.number())) {
                continue;
            }
            var work = submission.resolve("chapters").resolve(chapterDir.getFileName().toString()).resolve("exercises/work");
            var document = ExercisesDocument.load(chapter.document());
            var names = document.inBookOrder(chapter.exerciseNames()).stream()
                    .filter(name -> included.test(chapter.number(), name)).toList();
            var begun = names.stream().filter(name -> begun(chapter, work, name)).toList();
            Map<String, Graded> results = new TreeMap<>();
            for (var name : names) {
                if (!begun.contains(name)) {
                    results.put(name, new Graded(chapter.number(), name, Status.NOT_ATTEMPTED, 0, document.points(name),
                            "not attempted: " + ExerciseCompiler.shown(work.resolve(chapter.exerciseFile(name)
                                    .map(Path::toString).orElse(name + ".java"))) + " is missing or still the starter"));
                }
            }
            for (var name : begun) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    results.put(name, new Graded(chapter.number(), name, Status.NOT_RUN, 0, document.points(name),
                            "not run: the time limit per student (" + studentLimit.toSeconds()
                                    + " s) was spent on the exercises before it"));
                } else {
                    runChapter(chapter, work, List.of(name), Duration.ofNanos(Math.min(left, exerciseLimit.toNanos())), document)
                            .forEach(g -> results.put(g.exercise(), g));
                }
            }
            names.forEach(name -> graded.add(results.get(name)));
        }
        return new Result(graded, TestFileChecksums.differing(root, submission));
    }

    private static boolean begun(ChapterExercises chapter, Path work, String name) {
        var file = chapter.exerciseFile(name);
        if (file.isEmpty() || !Files.isRegularFile(work.resolve(file.get().toString()))) {
            return false;
        }
        try {
            var starter = chapter.starter().resolve(file.get().toString());
            return !Files.isRegularFile(starter) || !TextFile.same(work.resolve(file.get().toString()), starter);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * The child JVM without the easy ways to read its own memory, where the key to sign results
     * is: no attaching tools (jcmd's heap dump), no jdk.management (HotSpotDiagnosticMXBean's
     * dumpHeap), no jdk.unsupported (sun.misc.Unsafe). The Java SE API, javac and jdk.net stay.
     */
    private static final List<String> WITHOUT_INTROSPECTION = List.of("-XX:+DisableAttachMechanism",
            "--limit-modules", "java.se,jdk.compiler,jdk.net,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.charsets,"
                    + "jdk.localedata,jdk.zipfs,jdk.httpserver,jdk.naming.dns,jdk.sctp");

    /**
     * Exercises of a chapter in a child JVM, {@link GradeChapterMain}, in a {@link GradingSandbox}.
     * The grades come from what the parent observes ({@link ObservedResults}): the child's records
     * signed with a key it sent on the child's standard input, over a socket it created.
     */
    private List<Graded> runChapter(ChapterExercises chapter, Path work, List<String> exercises, Duration limit,
                                    ExercisesDocument document) {
        var key = ResultRecords.newKey();
        // A short name: a socket's path may be 104 bytes on macOS, whose temporary folder is long.
        try (var sandbox = GradingSandbox.create();
             var channel = ResultChannel.listen(sandbox.directory().resolve("results"), ResultRecords.withKey(key))) {
            // A run of seconds: C1 alone compiles javac and the tests sooner than C2 would, and the
            // serial collector starts no GC threads (javac on a chapter: 40% less CPU).
            var command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:-UsePerfData",
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-D" + GradeChapterMain.TEST_TIMEOUT_PROPERTY + "=" + testTimeout.toMillis()));
            command.addAll(WITHOUT_INTROSPECTION);
            command.addAll(sandbox.javaOptions());
            command.addAll(List.of("-cp", classPath(), GradeChapterMain.class.getName(), chapter.chapterDir().toString(),
                    work.toString(), channel.socket().toString()));
            command.addAll(exercises);
            var process = sandbox.start(command);
            // The student's code prints what it likes: read, kept up to a limit, never graded.
            var console = BoundedConsole.reading(process.getInputStream());
            try (var stdin = process.getOutputStream()) {
                stdin.write((key + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException endedAtOnce) {
                // the child is gone already: it sends nothing, and is graded as such
            }
            long started = System.nanoTime();
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            var time = Duration.ofNanos(System.nanoTime() - started);
            // After every run, not only on a timeout: a child's children must not outlive its grade.
            GradingSandbox.killAll(process);
            var received = channel.received(Duration.ofSeconds(5));
            return ObservedResults.grade(chapter, document, exercises, received,
                    new ObservedResults.Run(finished, finished ? process.exitValue() : -1, limit, console.lastLine()))
                    .stream().map(graded -> graded.timed(time)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run chapter " + chapter.number() + "'s tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading", e);
        }
    }

    /**
     * In the child JVM: checks the exercises and returns the records to send, unsigned: per test
     * of the grader's, its exercise, name and status; per exercise, its verdict and report.
     */
    static List<ResultRecords.Record> gradeChapter(Path chapterDir, Path work, List<String> exercises, Duration timeout)
            throws IOException {
        var chapter = new ChapterExercises(chapterDir);
        var document = ExercisesDocument.load(chapter.document());
        var sources = onlyTheirs(chapter, work, exercises);
        CheckResult result;
        try {
            result = ExerciseCheck.withTimeout(timeout).check(chapter, sources, exercises);
        } finally {
            Folders.deleteQuietly(sources);
        }
        var records = new ArrayList<ResultRecords.Record>();
        switch (result) {
            case CheckResult.DidNotCompile(var errors) -> {
                // javac named the copy it compiled: name the student's file instead
                var copy = ExerciseCompiler.shown(sources);
                var theirs = ExerciseCompiler.shown(work);
                for (var name : exercises) {
                    records.add(new ResultRecords.Record(ResultRecords.EXERCISE, List.of(name, Status.NO_COMPILE.name(),
                            "does not compile:\n" + String.join("\n", errors).replace(copy, theirs))));
                }
            }
            case CheckResult.Ran ran -> {
                for (var exercise : ran.exercises()) {
                    for (var outcome : exercise.outcomes()) {
                        records.add(new ResultRecords.Record(ResultRecords.TEST,
                                List.of(exercise.name(), outcome.displayName(), outcome.status().name())));
                    }
                    var one = new CheckResult.Ran(List.of(exercise), ran.runProblems());
                    var report = StudentReport.of(one, document).lines()
                            .filter(l -> !l.endsWith("exercises pass.") && !l.endsWith("exercise pass."))
                            .collect(Collectors.joining("\n"));
                    records.add(new ResultRecords.Record(ResultRecords.EXERCISE, List.of(exercise.name(),
                            (exercise.passed() && ran.runProblems().isEmpty() ? Status.PASSED : Status.FAILED).name(),
                            report)));
                }
            }
        }
        return records;
    }

    /**
     * The sources to grade the exercises with: the starters, with the student's files of these
     * exercises and their other files (helpers) in place. Their files of other exercises stay
     * out, so that one exercise that does not compile costs that exercise only.
     */
    private static Path onlyTheirs(ChapterExercises chapter, Path work, List<String> exercises) throws IOException {
        var sources = Files.createTempDirectory("graded-" + chapter.number() + "-");
        Folders.copy(chapter.starter(), sources);
        var otherExercises = chapter.exerciseNames().stream().filter(name -> !exercises.contains(name))
                .map(chapter::exerciseFile).flatMap(java.util.Optional::stream).map(Path::toString).toList();
        for (var file : ChapterExercises.javaFiles(work)) {
            var relative = work.relativize(file).toString();
            if (!otherExercises.contains(relative)) {
                var target = sources.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return sources;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classPath() {
        return RunnerClassPath.entries().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}

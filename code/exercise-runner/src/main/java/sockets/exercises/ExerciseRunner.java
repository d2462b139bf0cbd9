package sockets.exercises;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The student's command line, behind {@code ./workbook check|hint|progress}. Exit status: 0 when
 * everything asked for passes, 1 when an exercise fails or does not compile, 2 when the command
 * itself is wrong.
 */
public final class ExerciseRunner {

    public static final int OK = 0;
    public static final int EXERCISES_FAIL = 1;
    public static final int USAGE = 2;

    /** The time one test may take, in milliseconds, when not the default: the grader's children get it. */
    static final String TEST_TIMEOUT_PROPERTY = "workbook.test.timeout.ms";

    private static final String USAGE_TEXT = """
            usage: ExerciseRunner <command> ...
              check <chapterDir> [--sources DIR] [--show-solution]
                                                   compile and test your exercises (default sources:
                                                   exercises/work, else exercises/starter); with
                                                   --show-solution, how the reference solution of
                                                   each passing exercise differs from yours
              hint <chapterDir> [exercise] [--all] the exercise's next hint (--all: every one);
                                                   without an exercise, the hints shown so far
              progress <chaptersRoot>              list every chapter's exercises, done or not
              grade <workbookRoot> [NN...] [--format text|json|junit|gradescope] [--submission DIR]
                    [--output FILE] [--exercise-limit SECONDS] [--student-limit SECONDS]
                                                   one run of the exercise tests of a student's copy
                                                   (default: the workbook itself), each exercise in a
                                                   child JVM with a time limit; points per exercise
                    [--test-timeout SECONDS]
              report <workbookRoot> --output DIR [--exercise-limit S] [--student-limit S] STUDENT_COPY...
                                                   grade many copies: report.md, report.csv, report.html
              watch <chapterDir> [--poll]          check again after each save in exercises/work
                                                   (--poll: look at file times, no file events)
            """;

    /** JUnit logs through java.util.logging; a student needs none of it. Kept so it is not collected. */
    private static final Logger JUNIT_LOG = Logger.getLogger("org.junit");

    private final PrintStream out;
    private final PrintStream err;
    private final Duration timeout;

    public ExerciseRunner(PrintStream out, PrintStream err, Duration timeout) {
        this.out = out;
        this.err = err;
        this.timeout = timeout;
    }

    public static void main(String[] args) {
        JUNIT_LOG.setLevel(Level.OFF);
        var status = new ExerciseRunner(System.out, System.err,
                Duration.ofMillis(Long.getLong(TEST_TIMEOUT_PROPERTY, ExerciseLauncher.DEFAULT_TIMEOUT.toMillis()))).run(args);
        System.out.flush();
        // A test abandoned in a blocking call leaves its thread behind: exit does not wait for it.
        System.exit(status);
    }

    public int run(String... args) {
        if (args.length == 0) {
            return usage("Say what to do: check, hint, progress or watch (see --help).");
        }
        var rest = List.of(args).subList(1, args.length);
        return switch (args[0]) {
            case "--help", "-h", "help" -> {
                out.print(USAGE_TEXT);
                yield OK;
            }
            case "check" -> check(rest);
            case "hint" -> hint(rest);
            case "progress" -> progress(rest);
            case "watch" -> watch(rest);
            case "grade" -> grade(rest);
            case "grade-chapter" -> gradeChapter(rest);
            case "report" -> report(rest);
            default -> usage("Unknown command '" + args[0] + "': use check, hint, progress, watch, grade or report (see --help).");
        };
    }

    private int check(List<String> args) {
        if (args.isEmpty()) {
            return usage("check needs a chapter directory, e.g. check chapters/01-create-a-socket.");
        }
        var chapterDir = Path.of(args.getFirst());
        if (!ChapterExercises.existIn(chapterDir)) {
            return usage("No exercises in " + chapterDir + ": expected a chapter directory with an exercises/ folder.");
        }
        var chapter = new ChapterExercises(chapterDir);
        var sources = chapter.studentSources();
        var options = new ArrayList<>(args.subList(1, args.size()));
        boolean showSolution = options.remove("--show-solution");
        if (!options.isEmpty()) {
            if (options.size() != 2 || !options.getFirst().equals("--sources")) {
                return usage("check takes only --sources DIR and --show-solution after the chapter directory, not "
                        + String.join(" ", options) + ".");
            }
            sources = Path.of(options.get(1));
            if (!Files.isDirectory(sources)) {
                return usage("No such sources directory: " + sources + ".");
            }
        }
        var result = ExerciseCheck.withTimeout(timeout).check(chapter, sources);
        out.print(StudentReport.of(result, ExercisesDocument.load(chapter.document()),
                chapter.number(), ShownHints.load(chapter.hintsShown())));
        if (showSolution) {
            showSolutions(chapter, sources, result);
        }
        return result instanceof CheckResult.Ran ran && ran.allPass() ? OK : EXERCISES_FAIL;
    }

    /**
     * For each exercise that passes, what the reference solution does differently, as a diff of
     * the student's file against it; only once it passes, and only where the solution is there
     * (a handout leaves the solutions out).
     */
    private void showSolutions(ChapterExercises chapter, Path sources, CheckResult result) {
        if (!(result instanceof CheckResult.Ran ran)) {
            out.println("The reference solutions are shown once an exercise passes; this code does not compile yet.");
            return;
        }
        if (!Files.isDirectory(chapter.solution())) {
            out.println("The reference solutions are not in this copy of the workbook (" + ExerciseCompiler.shown(chapter.solution())
                    + " is missing): your teacher has them.");
            return;
        }
        for (var exercise : ran.exercises()) {
            var file = chapter.exerciseFile(exercise.name());
            if (file.isEmpty()) {
                continue;
            }
            var mine = sources.resolve(file.get().toString());
            var reference = chapter.solution().resolve(file.get().toString());
            out.println();
            if (!exercise.passed()) {
                out.println(exercise.name() + ": the reference solution is shown once it passes.");
            } else if (!Files.isRegularFile(reference) || !Files.isRegularFile(mine)) {
                out.println(exercise.name() + ": no reference solution to compare with.");
            } else {
                out.println(exercise.name() + ": how the reference solution differs from yours (- yours, + the reference):");
                out.print(SourceDiff.of(read(mine), read(reference), ExerciseCompiler.shown(mine), ExerciseCompiler.shown(reference)));
            }
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private int watch(List<String> args) {
        if (args.isEmpty() || !ChapterExercises.existIn(Path.of(args.getFirst()))) {
            return usage("watch needs a chapter directory with exercises, e.g. watch chapters/01-create-a-socket.");
        }
        var options = args.subList(1, args.size());
        if (!options.isEmpty() && !options.equals(List.of("--poll"))) {
            return usage("watch takes only --poll after the chapter directory, not " + String.join(" ", options) + ".");
        }
        var chapter = new ChapterExercises(Path.of(args.getFirst()));
        if (!Files.isDirectory(chapter.work())) {
            return usage("No work copy to watch in " + ExerciseCompiler.shown(chapter.work())
                    + ": ./workbook check " + chapter.number() + " makes it.");
        }
        try {
            new WatchCommand(chapter, ExerciseCheck.withTimeout(timeout), out,
                    !options.isEmpty() || Boolean.getBoolean("workbook.watch.poll")).run();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    /** Options after the positional words: {@code --name value} pairs; a word that is neither is positional. */
    private record Options(List<String> positional, java.util.Map<String, String> named) {
        static Options parse(List<String> args, java.util.Set<String> names) {
            var positional = new ArrayList<String>();
            var named = new java.util.HashMap<String, String>();
            for (int i = 0; i < args.size(); i++) {
                var arg = args.get(i);
                if (arg.startsWith("--")) {
                    if (!names.contains(arg) || i + 1 >= args.size()) {
                        throw new IllegalArgumentException(names.contains(arg) ? arg + " needs a value." : "Unknown option " + arg + ".");
                    }
                    named.put(arg, args.get(++i));
                } else {
                    positional.add(arg);
                }
            }
            return new Options(positional, named);
        }

        Duration seconds(String name, Duration otherwise) {
            var value = named.get(name);
            if (value == null) {
                return otherwise;
            }
            if (!value.matches("[0-9]{1,6}") || Long.parseLong(value) == 0) {
                throw new IllegalArgumentException(name + " takes a number of seconds, not " + value + ".");
            }
            return Duration.ofSeconds(Long.parseLong(value));
        }
    }

    /** How long one exercise's tests may run in their child JVM, compiling included. */
    static final Duration EXERCISE_LIMIT = Duration.ofSeconds(90);
    /** How long one student's chapters may run together. */
    static final Duration STUDENT_LIMIT = Duration.ofMinutes(10);

    private int grade(List<String> args) {
        Options options;
        try {
            options = Options.parse(args, java.util.Set.of("--format", "--submission", "--output", "--exercise-limit",
                    "--student-limit", "--test-timeout"));
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage() + " See --help.");
        }
        if (options.positional().isEmpty() || !Files.isDirectory(Path.of(options.positional().getFirst()).resolve("chapters"))) {
            return usage("grade needs the workbook's directory (the one holding chapters/), e.g. grade .");
        }
        var root = Path.of(options.positional().getFirst());
        var chapters = options.positional().subList(1, options.positional().size()).stream()
                .map(nn -> nn.matches("[0-9]{1,2}") ? "%02d".formatted(Integer.parseInt(nn)) : nn).toList();
        var unknown = chapters.stream().filter(nn -> chaptersUnder(root.resolve("chapters")).stream()
                .noneMatch(dir -> new ChapterExercises(dir).number().equals(nn))).toList();
        if (!unknown.isEmpty()) {
            return usage("No chapter with exercises numbered " + String.join(", ", unknown) + ".");
        }
        var format = options.named().getOrDefault("--format", "text");
        if (!List.of("text", "json", "junit", "gradescope").contains(format)) {
            return usage("--format is text, json, junit or gradescope, not " + format + ".");
        }
        var submission = Path.of(options.named().getOrDefault("--submission", root.toString()));
        if (!Files.isDirectory(submission)) {
            return usage("No such submission directory: " + submission + ".");
        }
        Grader.Result result;
        try {
            result = new Grader(root, options.seconds("--exercise-limit", EXERCISE_LIMIT),
                    options.seconds("--student-limit", STUDENT_LIMIT), options.seconds("--test-timeout", timeout))
                    .grade(submission, chapters);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        var text = GradeReport.format(result, format);
        var output = options.named().get("--output");
        if (output == null) {
            out.print(text);
        } else {
            write(Path.of(output), text);
            err.println("the grade (" + format + "): " + output + ", " + result.score() + " of " + result.maxScore() + " points.");
        }
        return result.score() == result.maxScore() && result.editedTests().isEmpty() ? OK : EXERCISES_FAIL;
    }

    private int gradeChapter(List<String> args) {
        if (args.size() < 4) {
            return usage("grade-chapter is the grader's own: grade-chapter <chapterDir> <work> <resultFile> EXERCISE...");
        }
        try {
            Grader.gradeChapter(Path.of(args.get(0)), Path.of(args.get(1)), Path.of(args.get(2)), args.subList(3, args.size()), timeout);
        } catch (IOException e) {
            err.println("could not write the results: " + e.getMessage());
            return EXERCISES_FAIL;
        }
        return OK;
    }

    private int report(List<String> args) {
        Options options;
        try {
            options = Options.parse(args, java.util.Set.of("--output", "--exercise-limit", "--student-limit", "--test-timeout"));
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage() + " See --help.");
        }
        if (options.positional().size() < 2 || !options.named().containsKey("--output")) {
            return usage("report needs the workbook's directory, --output DIR and at least one student's copy.");
        }
        var root = Path.of(options.positional().getFirst());
        var copies = options.positional().subList(1, options.positional().size()).stream().map(Path::of).toList();
        var missing = copies.stream().filter(copy -> !Files.isDirectory(copy)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            return usage("No such student copy: " + String.join(", ", missing) + ".");
        }
        Grader grader;
        try {
            grader = new Grader(root, options.seconds("--exercise-limit", EXERCISE_LIMIT),
                    options.seconds("--student-limit", STUDENT_LIMIT), options.seconds("--test-timeout", timeout));
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        var students = new ArrayList<ClassReport.Student>();
        for (var copy : copies) {
            var name = copy.toAbsolutePath().normalize().getFileName().toString();
            err.println("grading " + name + "...");
            students.add(new ClassReport.Student(name, grader.grade(copy, List.of())));
        }
        var report = new ClassReport(students);
        var directory = Path.of(options.named().get("--output"));
        write(directory.resolve("report.md"), report.markdown());
        write(directory.resolve("report.csv"), report.csv());
        write(directory.resolve("report.html"), report.html());
        out.print(report.markdown());
        err.println("the report: " + directory.resolve("report.md") + ", report.csv (for a grade book) and report.html.");
        return OK;
    }

    private static void write(Path file, String text) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private int hint(List<String> args) {
        if (args.isEmpty()) {
            return usage("hint needs a chapter directory, then optionally an exercise name and --all.");
        }
        var chapterDir = Path.of(args.getFirst());
        if (!ChapterExercises.existIn(chapterDir)) {
            return usage("No exercises in " + chapterDir + ": expected a chapter directory with an exercises/ folder.");
        }
        var options = args.subList(1, args.size());
        boolean all = options.contains("--all");
        var named = options.stream().filter(option -> !option.equals("--all")).toList();
        if (named.size() > 1 || named.stream().anyMatch(option -> option.startsWith("-"))) {
            return usage("hint takes one exercise name and --all after the chapter directory, not "
                    + String.join(" ", options) + ".");
        }
        var hints = new HintCommand(new ChapterExercises(chapterDir), out, err);
        if (named.isEmpty()) {
            if (all) {
                hints.all(hints.exercises());
            } else {
                hints.list();
            }
            return OK;
        }
        var exercise = hints.exerciseNamed(named.getFirst());
        if (exercise.isEmpty()) {
            return usage("No exercise named " + named.getFirst() + " in " + chapterDir + "; its exercises are "
                    + String.join(", ", hints.exercises()) + ".");
        }
        if (all) {
            hints.all(List.of(exercise.get()));
        } else {
            hints.next(exercise.get());
        }
        return OK;
    }

    /**
     * Every exercise of every chapter: done, failing, not compiling, or not started. Only the
     * exercises the student has begun are compiled and run; the rest are told from their files.
     */
    private int progress(List<String> args) {
        if (args.size() != 1 || !Files.isDirectory(Path.of(args.getFirst()))) {
            return usage("progress needs the directory that holds the chapters, e.g. progress chapters.");
        }
        var check = ExerciseCheck.withTimeout(timeout);
        long done = 0;
        long total = 0;
        long notStarted = 0;
        var lines = new ArrayList<String[]>();
        for (var chapterDir : chaptersUnder(Path.of(args.getFirst()))) {
            var chapter = new ChapterExercises(chapterDir);
            var names = ExercisesDocument.load(chapter.document()).inBookOrder(chapter.exerciseNames());
            var started = names.stream().filter(chapter::started).toList();
            var result = started.isEmpty() ? null : check.check(chapter, chapter.work(), started);
            for (var name : names) {
                String status;
                if (!started.contains(name)) {
                    status = "not started";
                    notStarted++;
                } else if (result instanceof CheckResult.Ran ran
                        && ran.exercises().stream().anyMatch(e -> e.name().equals(name) && e.passed())) {
                    status = "done";
                    done++;
                } else {
                    status = result instanceof CheckResult.DidNotCompile ? "does not compile" : "not passing yet";
                }
                lines.add(new String[] {(status.equals("done") ? "[x] " : "[ ] ") + chapter.number() + " " + name, status});
                total++;
            }
        }
        int width = lines.stream().mapToInt(line -> line[0].length()).max().orElse(0);
        for (var line : lines) {
            out.println(line[0] + " ".repeat(width - line[0].length() + 2) + line[1]);
        }
        out.println(StudentReport.summary(done, total, "done") + (notStarted > 0 && notStarted < total
                ? " " + notStarted + " not started." : ""));
        return OK;
    }

    static List<Path> chaptersUnder(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            var chapters = new ArrayList<>(children
                    .filter(dir -> dir.getFileName().toString().matches("\\d\\d-.*"))
                    .filter(ChapterExercises::existIn)
                    .toList());
            chapters.sort(null);
            return chapters;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the chapters in " + root, e);
        }
    }

    private int usage(String sentence) {
        err.println(sentence);
        return USAGE;
    }
}

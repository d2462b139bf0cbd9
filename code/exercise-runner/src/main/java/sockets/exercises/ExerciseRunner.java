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

    private static final String USAGE_TEXT = """
            usage: ExerciseRunner <command> ...
              check <chapterDir> [--sources DIR]   compile and test your exercises (default sources:
                                                   exercises/work, else exercises/starter)
              hint <chapterDir> [exercise] [--all] the exercise's next hint (--all: every one);
                                                   without an exercise, the hints shown so far
              progress <chaptersRoot>              list every chapter's exercises, done or not
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
        var status = new ExerciseRunner(System.out, System.err, ExerciseLauncher.DEFAULT_TIMEOUT).run(args);
        System.out.flush();
        // A test abandoned in a blocking call leaves its thread behind: exit does not wait for it.
        System.exit(status);
    }

    public int run(String... args) {
        if (args.length == 0) {
            return usage("Say what to do: check, hint or progress (see --help).");
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
            default -> usage("Unknown command '" + args[0] + "': use check, hint or progress (see --help).");
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
        var options = args.subList(1, args.size());
        if (!options.isEmpty()) {
            if (options.size() != 2 || !options.getFirst().equals("--sources")) {
                return usage("check takes only --sources DIR after the chapter directory, not " + String.join(" ", options) + ".");
            }
            sources = Path.of(options.get(1));
            if (!Files.isDirectory(sources)) {
                return usage("No such sources directory: " + sources + ".");
            }
        }
        var result = ExerciseCheck.withTimeout(timeout).check(chapter, sources);
        out.print(StudentReport.of(result, ExercisesDocument.load(chapter.document()),
                chapter.number(), ShownHints.load(chapter.hintsShown())));
        return result instanceof CheckResult.Ran ran && ran.allPass() ? OK : EXERCISES_FAIL;
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

    private int progress(List<String> args) {
        if (args.size() != 1 || !Files.isDirectory(Path.of(args.getFirst()))) {
            return usage("progress needs the directory that holds the chapters, e.g. progress chapters.");
        }
        var check = ExerciseCheck.withTimeout(timeout);
        long done = 0;
        long total = 0;
        for (var chapterDir : chaptersUnder(Path.of(args.getFirst()))) {
            var chapter = new ChapterExercises(chapterDir);
            var result = check.check(chapter, chapter.studentSources());
            var document = ExercisesDocument.load(chapter.document());
            for (var name : document.inBookOrder(chapter.exerciseNames())) {
                boolean passed = result instanceof CheckResult.Ran ran
                        && ran.exercises().stream().anyMatch(e -> e.name().equals(name) && e.passed());
                out.println((passed ? "[x] " : "[ ] ") + chapter.number() + " " + name);
                total++;
                done += passed ? 1 : 0;
            }
        }
        out.println(StudentReport.summary(done, total, "done"));
        return OK;
    }

    private static List<Path> chaptersUnder(Path root) {
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

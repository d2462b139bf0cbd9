package sockets.exercises;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./workbook hint NN [EXERCISE] [--all]}: an exercise's hints one tier at a time (the
 * idea, then the API, then the shape of the code), each ask showing the next; {@code --all}
 * every tier; without an exercise, how many hints each exercise has and how many were shown.
 */
public final class HintCommand {

    private final ChapterExercises chapter;
    private final ExercisesDocument document;
    private final ShownHints shown;
    private final PrintStream out;
    private final PrintStream err;

    public HintCommand(ChapterExercises chapter, PrintStream out, PrintStream err) {
        this.chapter = chapter;
        this.document = ExercisesDocument.load(chapter.document());
        this.shown = ShownHints.load(chapter.hintsShown());
        this.out = out;
        this.err = err;
    }

    /** The command a student types for the next hint of an exercise. */
    static String command(String chapterNumber, String exercise) {
        return "./workbook hint " + chapterNumber + " " + exercise;
    }

    /** The line under a failing exercise in {@code check}: how to ask for its next hint. */
    static Optional<String> offer(String chapterNumber, String exercise, int tiers, int seen) {
        if (tiers == 0) {
            return Optional.empty();
        }
        var command = command(chapterNumber, exercise);
        if (seen < tiers) {
            return Optional.of("stuck? " + command + " shows hint " + (seen + 1) + " of " + tiers);
        }
        return Optional.of((tiers == 1 ? "hint seen; " : "all " + tiers + " hints seen; ") + command
                + (tiers == 1 ? " shows it again" : " --all shows them again"));
    }

    public List<String> exercises() {
        return document.inBookOrder(chapter.exerciseNames());
    }

    /** The exercise the student meant, whatever case they typed it in. */
    public Optional<String> exerciseNamed(String typed) {
        var names = exercises();
        return names.contains(typed) ? Optional.of(typed)
                : names.stream().filter(name -> name.equalsIgnoreCase(typed)).findFirst();
    }

    public void list() {
        out.println("Hints of chapter " + chapter.number() + ", one at a time: "
                + command(chapter.number(), "EXERCISE") + " shows the next one of that exercise.");
        var names = exercises();
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (var name : names) {
            int tiers = document.hints(name).size();
            var count = tiers == 0 ? "no hint" : Math.min(shown.of(name), tiers) + " of " + tiers
                    + (tiers == 1 ? " hint" : " hints") + " shown";
            out.println("  " + name + " ".repeat(width - name.length() + 2) + count);
        }
    }

    public void next(String exercise) {
        var hints = document.hints(exercise);
        if (hints.isEmpty()) {
            out.println(exercise + " has no hint.");
            return;
        }
        int tiers = hints.size();
        int tier = Math.min(shown.of(exercise) + 1, tiers);
        print(exercise, hints.get(tier - 1), tiers);
        remember(exercise, tier);
        int left = tiers - tier;
        var command = command(chapter.number(), exercise);
        out.println();
        if (left > 0) {
            out.println(left + (left == 1 ? " more hint: " : " more hints: ") + command
                    + " shows the next (--all shows them all).");
        } else if (tiers == 1) {
            out.println("That is the only hint for " + exercise + ".");
        } else {
            out.println("That was the last hint for " + exercise + "; " + command + " --all shows all " + tiers + ".");
        }
    }

    public void all(List<String> exercises) {
        boolean first = true;
        for (var exercise : exercises) {
            var hints = document.hints(exercise);
            if (!first) {
                out.println();
            }
            first = false;
            if (hints.isEmpty()) {
                out.println(exercise + " has no hint.");
                continue;
            }
            for (var hint : hints) {
                if (hint != hints.getFirst()) {
                    out.println();
                }
                print(exercise, hint, hints.size());
            }
            remember(exercise, hints.size());
        }
    }

    private void print(String exercise, ExercisesDocument.Hint hint, int tiers) {
        var label = hint.label();
        out.println("Hint " + hint.tier() + " of " + tiers + " for " + exercise + (label.isEmpty() ? "" : ", " + label) + ":");
        out.println(StudentReport.indented(hint.text(), "  "));
    }

    private void remember(String exercise, int tiers) {
        try {
            shown.record(exercise, tiers);
        } catch (IOException | RuntimeException e) {
            err.println("Could not note which hints you have seen in " + ExerciseCompiler.shown(chapter.hintsShown())
                    + " (" + e + "), so the next ask starts again from hint 1.");
        }
    }
}

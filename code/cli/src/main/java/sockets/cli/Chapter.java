package sockets.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import sockets.exercises.ChapterExercises;
import sockets.wire.ChapterPrograms;

/** A chapter of the workbook, {@code chapters/NN-topic}: its programs and its exercises. */
public record Chapter(WorkbookRoot root, Path directory) {

    public String number() {
        return name().substring(0, 2);
    }

    /** {@code 06-send-and-receive}. */
    public String name() {
        return directory.getFileName().toString();
    }

    /** {@code send and receive}. */
    public String topic() {
        return name().substring(3).replace('-', ' ');
    }

    /** The folder as the student sees it from the workbook's root: {@code chapters/06-send-and-receive}. */
    public String shown() {
        return root.directory().relativize(directory).toString().replace('\\', '/');
    }

    public boolean hasPrograms() {
        return Files.isRegularFile(directory.resolve("programs.properties"));
    }

    /** Its programs.properties, in order: the first is the default. */
    public Map<String, ChapterPrograms.Program> programs() {
        return ChapterPrograms.of(directory);
    }

    /** Its exercises; a usage error when it has none. */
    public ChapterExercises exercises() {
        if (!Files.isDirectory(directory.resolve("exercises/starter"))) {
            throw new UsageError("Chapter " + shown() + " has no exercises.");
        }
        return new ChapterExercises(directory);
    }

    /**
     * The student's copy of the starters, {@code exercises/work}: made on first use, and a starter
     * file added since is copied in; a file already there is never replaced.
     */
    public ChapterExercises withWorkCopy(PrintStream err) {
        var exercises = exercises();
        if (!Files.isDirectory(exercises.work())) {
            err.println("made your copy of the exercises in " + shown() + "/exercises/work/: edit the files there.");
        }
        FileTree.copyWithoutReplacing(exercises.starter(), exercises.work());
        return exercises;
    }
}

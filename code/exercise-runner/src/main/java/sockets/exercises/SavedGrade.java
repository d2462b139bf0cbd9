package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One student's grade as {@code report} keeps it, {@code students/NAME.json} in the report's
 * folder (the same JSON as {@code grade --format json}): written as soon as the student is
 * graded, so that a run stopped half-way starts again where it stopped.
 */
public record SavedGrade(Path file) {

    public void write(Grader.Result result) {
        try {
            Files.createDirectories(file.getParent());
            // whole or not at all: a run killed while writing leaves no half file to resume from
            var partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, GradeReport.format(result, "json"), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    public Grader.Result read() {
        try {
            var json = (Map<?, ?>) Json.parse(Files.readString(file, StandardCharsets.UTF_8));
            var edited = ((List<?>) json.get("edited_tests")).stream().map(String::valueOf).toList();
            var exercises = ((List<?>) json.get("exercises")).stream().map(e -> graded((Map<?, ?>) e)).toList();
            return new Grader.Result(exercises, edited);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + " is not a saved grade (delete it, or give --again): " + e.getMessage(), e);
        }
    }

    private static Grader.Graded graded(Map<?, ?> json) {
        var words = (String) json.get("status");
        var status = Arrays.stream(Grader.Status.values()).filter(s -> s.words.equals(words)).findFirst().orElseThrow();
        var seconds = json.get("seconds") instanceof Number n ? n.doubleValue() : 0;
        return new Grader.Graded((String) json.get("chapter"), (String) json.get("exercise"), status,
                ((Number) json.get("score")).intValue(), ((Number) json.get("max_score")).intValue(), (String) json.get("output"),
                Duration.ofMillis(Math.round(seconds * 1000)));
    }
}

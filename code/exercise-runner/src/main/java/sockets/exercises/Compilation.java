package sockets.exercises;

import java.nio.file.Path;
import java.util.List;

/** What javac made of an exercise variant: class files, or the errors a student has to fix. */
public record Compilation(Path classesDir, List<String> errors) {

    public Compilation {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}

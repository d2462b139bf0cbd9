package sockets.cli.teachers;

import java.nio.file.Path;
import sockets.cli.UsageError;
import sockets.exercises.Assignment;

/** The --assignment of grade and report: a name in assignments/, or none (every exercise). */
final class Assignments {

    private Assignments() {
    }

    static Assignment named(Path root, String name) {
        if (name == null || name.isBlank()) {
            return Assignment.everything();
        }
        try {
            return Assignment.load(root, name.strip());
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }
}

package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many hints of each exercise of a chapter the student has been shown, so that
 * {@code ./workbook hint} gives the next tier each time it is asked. One line per exercise,
 * {@code Name=2}, in a small file beside the student's work copy; a missing or garbled file
 * means no hint shown yet.
 */
public final class ShownHints {

    private static final String HEADER = "# Hints ./workbook hint has shown, per exercise. Delete this file to start again.\n";

    private final Path file;
    private final Map<String, Integer> shown;

    private ShownHints(Path file, Map<String, Integer> shown) {
        this.file = file;
        this.shown = shown;
    }

    public static ShownHints load(Path file) {
        var shown = new TreeMap<String, Integer>();
        if (Files.isRegularFile(file)) {
            try {
                for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    var parts = line.strip().split("\\s*=\\s*", 2);
                    if (parts.length == 2 && parts[1].matches("[0-9]{1,3}")) {
                        shown.put(parts[0], Integer.parseInt(parts[1]));
                    }
                }
            } catch (IOException | UncheckedIOException unreadable) {
                // A record we cannot read is no record: the student sees the first hint again.
                shown.clear();
            }
        }
        return new ShownHints(file, shown);
    }

    int of(String exercise) {
        return shown.getOrDefault(exercise, 0);
    }

    /** Remembers that the first {@code tiers} hints of the exercise were shown; never forgets one. */
    void record(String exercise, int tiers) throws IOException {
        if (tiers <= of(exercise)) {
            return;
        }
        shown.put(exercise, tiers);
        var text = new StringBuilder(HEADER);
        shown.forEach((name, count) -> text.append(name).append('=').append(count).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

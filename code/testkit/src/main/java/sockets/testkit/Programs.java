package sockets.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A chapter's {@code programs.properties}: the names {@code ./workbook run NN NAME} knows, each
 * mapped to a main class; the first entry is what {@code ./workbook run NN} alone runs.
 */
public record Programs(List<Entry> entries) {

    public record Entry(String name, String mainClass) {
    }

    public static Programs of(Path chapterDirectory) {
        var file = chapterDirectory.resolve("programs.properties");
        try {
            var entries = new ArrayList<Entry>();
            for (var line : Files.readAllLines(file)) {
                var text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                var equals = text.indexOf('=');
                entries.add(new Entry(text.substring(0, equals).strip(), text.substring(equals + 1).strip()));
            }
            return new Programs(List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The chapter this test runs in: surefire's working directory is the module's. */
    public static Programs ofThisChapter() {
        return of(Path.of(""));
    }

    public Entry defaultProgram() {
        return entries.getFirst();
    }

    public boolean has(String name) {
        return entries.stream().anyMatch(entry -> entry.name().equals(name));
    }

    public Class<?> mainClass(String name) {
        var entry = entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no program named " + name));
        try {
            return Class.forName(entry.mainClass());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("programs.properties names a missing class " + entry.mainClass(), e);
        }
    }

}

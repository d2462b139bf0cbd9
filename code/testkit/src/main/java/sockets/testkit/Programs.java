package sockets.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A chapter's {@code programs.properties}: the names {@code ./workbook run NN NAME} knows, each
 * mapped to a main class; the first entry is what {@code ./workbook run NN} alone runs. A line
 * {@code NAME.jvm = OPTIONS} gives that program JVM options (chapter 14's
 * {@code --enable-native-access=ALL-UNNAMED}), which ./workbook and {@link JavaProgram} pass.
 */
public record Programs(List<Entry> entries) {

    private static final String JVM_SUFFIX = ".jvm";

    public record Entry(String name, String mainClass, List<String> jvmOptions) {
    }

    public static Programs of(Path chapterDirectory) {
        var file = chapterDirectory.resolve("programs.properties");
        try {
            var mains = new LinkedHashMap<String, String>();
            var jvmOptions = new HashMap<String, List<String>>();
            for (var line : Files.readAllLines(file)) {
                var text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                var equals = text.indexOf('=');
                var key = text.substring(0, equals).strip();
                var value = text.substring(equals + 1).strip();
                if (key.endsWith(JVM_SUFFIX)) {
                    jvmOptions.put(key.substring(0, key.length() - JVM_SUFFIX.length()),
                            List.of(value.split("\\s+")));
                } else {
                    mains.put(key, value);
                }
            }
            var entries = new ArrayList<Entry>();
            mains.forEach((name, main) -> entries.add(new Entry(name, main, jvmOptions.getOrDefault(name, List.of()))));
            return new Programs(List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The chapter this test runs in: surefire's working directory is the module's. */
    public static Programs ofThisChapter() {
        return of(Path.of(""));
    }

    /**
     * The JVM options of the program whose main class this is, read from the chapter under
     * test; none when the working directory has no programs.properties (outside a chapter).
     */
    static List<String> jvmOptionsOf(Class<?> main) {
        if (!Files.exists(Path.of("programs.properties"))) {
            return List.of();
        }
        return ofThisChapter().entries().stream().filter(e -> e.mainClass().equals(main.getName()))
                .findFirst().map(Entry::jvmOptions).orElse(List.of());
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

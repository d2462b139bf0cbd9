package sockets.wire;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A chapter's programs as {@code ./workbook run} knows them: its {@code programs.properties},
 * {@code name = main class} in order (the first is the default) and {@code name.jvm = OPTIONS}.
 */
public final class ChapterPrograms {

    /** A program a chapter names in its programs.properties: main class and JVM options. */
    public record Program(String name, String mainClass, List<String> jvmOptions) {
    }

    private ChapterPrograms() {
    }

    /** chapters/NN-topic under the workbook's folder, for chapter number NN. */
    public static Path directory(Path root, int number) {
        var prefix = "%02d-".formatted(number);
        try (var chapters = Files.list(root.resolve("chapters"))) {
            return chapters.filter(dir -> dir.getFileName().toString().startsWith(prefix))
                    .filter(dir -> Files.isRegularFile(dir.resolve("programs.properties")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "There is no chapter %02d; ./workbook list shows the chapters.".formatted(number)));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + root.resolve("chapters") + ": " + e.getMessage() + ".");
        }
    }

    /** The chapter's programs, in the order of its programs.properties (the first is the default). */
    public static Map<String, Program> of(Path chapter) {
        var file = chapter.resolve("programs.properties");
        var properties = new Properties();
        var order = new ArrayList<String>();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            for (var line : Files.readAllLines(file)) {
                var name = line.split("=")[0].strip();
                if (!line.isBlank() && !line.startsWith("#") && !name.endsWith(".jvm") && line.contains("=")) {
                    order.add(name);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage() + ".");
        }
        var programs = new LinkedHashMap<String, Program>();
        for (var name : order) {
            var options = Optional.ofNullable(properties.getProperty(name + ".jvm")).map(String::strip)
                    .filter(text -> !text.isEmpty()).map(text -> Arrays.asList(text.split("\\s+")))
                    .orElse(List.of());
            programs.put(name, new Program(name, properties.getProperty(name).strip(), options));
        }
        return programs;
    }
}

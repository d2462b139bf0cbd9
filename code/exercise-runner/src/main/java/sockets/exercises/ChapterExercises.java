package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a chapter keeps its exercises. The layout is fixed so that the student CLI, the build
 * and the book all find the same files without configuration:
 * {@code exercises/exercises.adoc}, {@code starter/}, {@code solution/}, {@code test/}, the
 * student's {@code work/} copy of the starter and the record of the hints they were shown.
 */
public record ChapterExercises(Path chapterDir) {

    public static final String TODO_MARKER = "// TODO(exercise)";

    public static boolean existIn(Path chapterDir) {
        return Files.isDirectory(chapterDir.resolve("exercises"));
    }

    /** The chapters with exercises under a chapters folder ({@code NN-topic}), in number order. */
    public static List<Path> chaptersUnder(Path chaptersRoot) {
        try (Stream<Path> children = Files.list(chaptersRoot)) {
            return children.filter(dir -> dir.getFileName().toString().matches("\\d\\d-.*"))
                    .filter(ChapterExercises::existIn)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the chapters in " + chaptersRoot, e);
        }
    }

    public Path exercisesDir() {
        return chapterDir.resolve("exercises");
    }

    public Path document() {
        return exercisesDir().resolve("exercises.adoc");
    }

    public Path starter() {
        return exercisesDir().resolve("starter");
    }

    public Path solution() {
        return exercisesDir().resolve("solution");
    }

    public Path tests() {
        return exercisesDir().resolve("test");
    }

    /** Typical wrong answers, one folder per exercise, then one per mistake (see MistakeFixture). */
    public Path mistakes() {
        return exercisesDir().resolve("mistakes");
    }

    public Path work() {
        return exercisesDir().resolve("work");
    }

    /**
     * How many hints of each exercise the student has been shown, kept beside their work copy
     * (git ignores it): {@code ./workbook hint} shows the next one each time.
     */
    public Path hintsShown() {
        return exercisesDir().resolve(".hints-shown");
    }

    /** What the student is working on: their copy once ./workbook made it, else the starter. */
    public Path studentSources() {
        return Files.isDirectory(work()) ? work() : starter();
    }

    /**
     * The file a student writes for an exercise, relative to the sources root: {@code X.java}
     * beside its test {@code XTest.java}, the layout every chapter follows.
     */
    public Optional<Path> exerciseFile(String exercise) {
        return testClassNames().stream().filter(test -> exerciseOf(test).equals(exercise)).findFirst()
                .map(test -> {
                    var dot = test.lastIndexOf('.');
                    var directory = dot < 0 ? "" : test.substring(0, dot).replace('.', '/') + "/";
                    return Path.of(directory + exercise + ".java");
                });
    }

    /**
     * Whether the student has begun the exercise: their copy of its file exists and differs from
     * the starter. Without a work copy nothing is started, and nothing needs to run to say so.
     */
    public boolean started(String exercise) {
        if (!Files.isDirectory(work())) {
            return false;
        }
        var file = exerciseFile(exercise).filter(relative -> Files.isRegularFile(starter().resolve(relative)));
        if (file.isEmpty()) {
            // an exercise outside the layout: begun when any file of the copy differs
            return javaFiles(work()).stream().anyMatch(f -> differs(f, starter().resolve(work().relativize(f).toString())));
        }
        var mine = work().resolve(file.get().toString());
        return Files.isRegularFile(mine) && differs(mine, starter().resolve(file.get().toString()));
    }

    /**
     * What to compile for a sources directory: its own files, and the starter's files it lacks.
     * A work copy made before {@code git pull} brought a new exercise lacks that exercise's file;
     * the starter's stands in for it, so the rest still compiles and the new one shows as not done.
     */
    public List<Path> sourcesWithStarterFallback(Path sources) {
        var files = new ArrayList<>(javaFiles(sources));
        if (!sources.toAbsolutePath().normalize().equals(starter().toAbsolutePath().normalize())) {
            for (var starterFile : javaFiles(starter())) {
                var relative = starter().relativize(starterFile).toString();
                if (!Files.exists(sources.resolve(relative))) {
                    files.add(starterFile);
                }
            }
        }
        return files;
    }

    private static boolean differs(Path a, Path b) {
        try {
            return !Files.isRegularFile(b) || !TextFile.same(a, b);
        } catch (IOException e) {
            return true;
        }
    }

    /** The chapter's number as the book prints it: {@code 01} for {@code 01-create-a-socket}. */
    public String number() {
        var name = chapterDir.toAbsolutePath().normalize().getFileName().toString();
        var dash = name.indexOf('-');
        return dash > 0 ? name.substring(0, dash) : name;
    }

    /** Fully qualified names of the test classes, one per exercise, in name order. */
    public List<String> testClassNames() {
        var names = new ArrayList<String>();
        for (var file : javaFiles(tests())) {
            var relative = tests().relativize(file).toString();
            if (relative.endsWith("Test.java")) {
                names.add(relative.substring(0, relative.length() - ".java".length())
                        .replace(file.getFileSystem().getSeparator(), "."));
            }
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /** The exercises, named after their test classes ({@code SocketStateTest} is {@code SocketState}). */
    public List<String> exerciseNames() {
        return testClassNames().stream().map(ChapterExercises::exerciseOf).toList();
    }

    /** The exercise a (possibly nested) test class belongs to. */
    public static String exerciseOf(String testClassName) {
        var simple = testClassName.substring(testClassName.lastIndexOf('.') + 1);
        var dollar = simple.indexOf('$');
        if (dollar >= 0) {
            simple = simple.substring(0, dollar);
        }
        return simple.endsWith("Test") ? simple.substring(0, simple.length() - "Test".length()) : simple;
    }

    /** Every {@code .java} file under a directory, in path order; none if it does not exist. */
    public static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the sources under " + root, e);
        }
    }
}

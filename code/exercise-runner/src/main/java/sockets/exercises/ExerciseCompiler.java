package sockets.exercises;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles a student's sources together with the exercise tests, in-process with javac. Errors
 * come back as {@code file:line: message} with paths relative to the working directory, the
 * way a student reads them in a terminal, never as a stack trace.
 */
public final class ExerciseCompiler {

    private static final String RELEASE = "25";

    private final List<Path> classPath;

    public ExerciseCompiler(List<Path> classPath) {
        this.classPath = List.copyOf(classPath);
    }

    public static ExerciseCompiler onRunnerClassPath() {
        return new ExerciseCompiler(RunnerClassPath.entries());
    }

    /** This compiler with classes already compiled (a chapter's starters and tests) on its class path too. */
    public ExerciseCompiler over(Path compiledClasses) {
        var entries = new ArrayList<>(classPath);
        entries.add(compiledClasses);
        return new ExerciseCompiler(entries);
    }

    /** Compiles every .java file under the roots into {@code outputDir}. */
    public Compilation compile(List<Path> sourceRoots, Path outputDir) {
        return compileFiles(sourceRoots.stream().flatMap(root -> ChapterExercises.javaFiles(root).stream()).toList(),
                sourceRoots, outputDir);
    }

    /** Compiles the given files into {@code outputDir}; the roots only name where they came from. */
    public Compilation compileFiles(List<Path> sources, List<Path> sourceRoots, Path outputDir) {
        var compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run the workbook with a JDK, not a JRE");
        }
        if (sources.isEmpty()) {
            return new Compilation(outputDir, List.of("no .java files under " + sourceRoots.stream()
                    .map(ExerciseCompiler::shown).collect(Collectors.joining(" or "))));
        }
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var files = compiler.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            Files.createDirectories(outputDir);
            var options = List.of("--release", RELEASE, "-proc:none", "-encoding", "UTF-8", "-nowarn",
                    "-Xlint:none", "-d", outputDir.toString(),
                    "-classpath", classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            var task = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
            boolean compiled = task.call();
            var errors = new ArrayList<String>();
            for (var diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(describe(diagnostic));
                }
            }
            if (!compiled && errors.isEmpty()) {
                errors.add("javac failed without saying why");
            }
            return new Compilation(outputDir, errors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile into " + outputDir, e);
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        var message = diagnostic.getMessage(Locale.ENGLISH).replace("\n", "\n    ");
        if (diagnostic.getSource() == null) {
            return message;
        }
        var file = Path.of(diagnostic.getSource().toUri());
        var out = new StringBuilder(shown(file)).append(':').append(diagnostic.getLineNumber()).append(": ").append(message);
        sourceLine(file, diagnostic.getLineNumber()).ifPresent(line -> {
            out.append("\n    ").append(line.stripTrailing());
            // javac's own caret: the column counts tabs as one character, as our copy of the line does
            if (diagnostic.getColumnNumber() > 0) {
                out.append("\n    ").append(" ".repeat((int) diagnostic.getColumnNumber() - 1)).append('^');
            }
        });
        return out.toString();
    }

    private static Optional<String> sourceLine(Path file, long lineNumber) {
        try {
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lineNumber >= 1 && lineNumber <= lines.size()
                    ? Optional.of(lines.get((int) lineNumber - 1).replace('\t', ' '))
                    : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A path as the student typed it: relative to where they stand, when it is below it. */
    public static String shown(Path path) {
        var absolute = path.toAbsolutePath().normalize();
        var here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}

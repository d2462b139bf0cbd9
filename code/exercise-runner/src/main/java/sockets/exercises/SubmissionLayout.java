package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a submission's work is, however it was submitted: a copy of the workbook (its
 * {@code chapters/} at the top, or some folders down, as a zip of the repository's folder
 * unpacks), or loose {@code .java} files, each placed by its {@code package} line into the
 * {@code exercises/work} folder of the chapter whose starters have that package.
 */
public final class SubmissionLayout {

    /** How deep a copy's {@code chapters/} may be: a zip of a folder of a folder. */
    private static final int DEPTH = 4;
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    private SubmissionLayout() {
    }

    /**
     * The copy of the workbook to grade: {@code submission} itself or the folder some levels down
     * that holds {@code chapters/}; or a new folder in the temp folder with the loose files laid
     * out by package (the caller deletes it when it is not {@code submission}'s own).
     */
    public static Path of(Path root, Path submission) {
        return copyIn(submission).orElseGet(() -> byPackage(root, submission));
    }

    /** Deletes the folder {@link #of} made, if it made one: never the submission itself. */
    public static void discard(Path laidOut, Path submission) {
        if (!laidOut.startsWith(submission)) {
            Folders.deleteQuietly(laidOut);
        }
    }

    private static Optional<Path> copyIn(Path submission) {
        try (Stream<Path> folders = Files.walk(submission, DEPTH)) {
            return folders.filter(dir -> Files.isDirectory(dir.resolve("chapters")) && hasChapter(dir.resolve("chapters")))
                    .min(java.util.Comparator.comparingInt(Path::getNameCount));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the submission " + submission, e);
        }
    }

    private static boolean hasChapter(Path chapters) {
        try (Stream<Path> children = Files.list(chapters)) {
            return children.anyMatch(child -> child.getFileName().toString().matches("\\d\\d-.+")
                    && Files.isDirectory(child.resolve("exercises")));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path byPackage(Path root, Path submission) {
        var chapterOf = packages(root);
        try (Stream<Path> files = Files.walk(submission)) {
            var copy = Files.createTempDirectory("submission-");
            for (var file : files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).toList()) {
                var matcher = PACKAGE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                var chapter = matcher.find() ? chapterOf.get(matcher.group(1)) : null;
                if (chapter != null) {
                    var target = copy.resolve("chapters").resolve(chapter).resolve("exercises/work")
                            .resolve(matcher.group(1).replace('.', '/')).resolve(file.getFileName().toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the submission " + submission, e);
        }
    }

    /** Each package of the starters, and the chapter folder whose starters have it. */
    private static Map<String, String> packages(Path root) {
        var chapterOf = new HashMap<String, String>();
        for (var chapterDir : ChapterExercises.chaptersUnder(root.resolve("chapters"))) {
            var starter = new ChapterExercises(chapterDir).starter();
            for (var file : ChapterExercises.javaFiles(starter)) {
                var folder = starter.relativize(file).getParent();
                if (folder != null) {
                    chapterOf.put(folder.toString().replace(java.io.File.separatorChar, '.'), chapterDir.getFileName().toString());
                }
            }
        }
        return chapterOf;
    }
}

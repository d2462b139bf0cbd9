package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook as Git for Windows checks it out ({@code core.autocrlf=true}), and at worst with
 * every text file in CRLF (a zip opened on Windows, an editor's setting): the scripts still run,
 * and the checks that read checked-in files (test checksums, exercises, hints, points) see the
 * same files. A clone of the repository's HEAD.
 */
@Timeout(120)
class CrlfCheckoutTest {

    @TempDir
    static Path temp;
    private static Path clone;

    @BeforeAll
    static void cloneWithAutocrlf() throws Exception {
        var repository = WorkbookScript.repository();
        Assumptions.assumeTrue(Files.exists(repository.resolve(".git")),
                "not a Git clone (a copy without .git): nothing to check out with CRLF");
        clone = temp.resolve("clone");
        var git = new ProcessBuilder("git", "clone", "-q", "-c", "core.autocrlf=true", repository.toString(), clone.toString())
                .redirectErrorStream(true).start();
        git.getOutputStream().close();
        var output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(git.waitFor(60, TimeUnit.SECONDS), "git clone did not end within 60 s");
        assertEquals(0, git.exitValue(), "git clone failed: " + output);
    }

    private static boolean hasCr(Path file) throws IOException {
        for (var b : Files.readAllBytes(file)) {
            if (b == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Every text file under {@code dir} rewritten with CRLF line endings. */
    private static void toCrlf(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (var file : paths.filter(Files::isRegularFile).toList()) {
                var text = Files.readString(file);
                Files.writeString(file, text.replace("\r\n", "\n").replace("\n", "\r\n"));
            }
        }
    }

    private static List<Path> chaptersWithExercises(Path root) throws IOException {
        try (var dirs = Files.list(root.resolve("chapters"))) {
            return dirs.filter(ChapterExercises::existIn).sorted().toList();
        }
    }

    @Test
    void the_shell_scripts_keep_lf_and_the_cmd_scripts_get_crlf() throws IOException {
        var checks = new ArrayList<Executable>();
        try (var paths = Files.walk(clone)) {
            for (var file : paths.filter(Files::isRegularFile).filter(f -> !f.startsWith(clone.resolve(".git"))).toList()) {
                var name = file.getFileName().toString();
                var text = Files.readString(file, StandardCharsets.ISO_8859_1);
                if (name.endsWith(".cmd")) {
                    checks.add(() -> assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"),
                            clone.relativize(file) + " has CRLF line endings, which cmd reads labels in best"));
                } else if (text.startsWith("#!") || name.endsWith(".sh")) {
                    checks.add(() -> assertFalse(hasCr(file), clone.relativize(file)
                            + " has no CR: sh would read 'exit\\r' as a command named so"));
                }
            }
        }
        assertTrue(checks.size() >= 3, "the clone has the workbook's scripts");
        assertAll(checks);
    }

    @Test
    void test_files_in_crlf_are_not_named_as_edited() throws IOException {
        TestFileChecksums.write(clone);
        for (var chapter : chaptersWithExercises(clone)) {
            toCrlf(chapter.resolve("exercises/test"));
        }

        assertEquals(List.of(), TestFileChecksums.edited(clone));
    }

    @Test
    void the_exercises_their_hints_and_points_read_the_same_in_crlf() throws IOException {
        var checks = new ArrayList<Executable>();
        for (var original : chaptersWithExercises(WorkbookScript.repository())) {
            var copy = clone.resolve("chapters").resolve(original.getFileName().toString());
            var document = copy.resolve("exercises/exercises.adoc");
            Files.writeString(document, Files.readString(document).replace("\n", "\r\n"));
            var lf = ExercisesDocument.load(new ChapterExercises(original).document());
            var crlf = ExercisesDocument.load(document);
            for (var name : new ChapterExercises(original).exerciseNames()) {
                checks.add(() -> assertEquals(lf.hints(name), crlf.hints(name), original.getFileName() + " " + name + "'s hints"));
                checks.add(() -> assertEquals(lf.points(name), crlf.points(name), original.getFileName() + " " + name + "'s points"));
                checks.add(() -> assertEquals(lf.task(name), crlf.task(name), original.getFileName() + " " + name + "'s task"));
            }
        }
        assertAll(checks);
    }

    @Test
    void a_work_copy_of_the_starters_in_crlf_is_not_started() throws IOException {
        var checks = new ArrayList<Executable>();
        for (var dir : chaptersWithExercises(clone)) {
            var chapter = new ChapterExercises(dir);
            FixtureChapter.copyTree(chapter.starter(), chapter.work());
            toCrlf(chapter.work());
            for (var name : chapter.exerciseNames()) {
                checks.add(() -> assertFalse(chapter.started(name), dir.getFileName() + " " + name
                        + ": the starter with CRLF line endings is still the starter"));
            }
        }
        assertAll(checks);
    }
}

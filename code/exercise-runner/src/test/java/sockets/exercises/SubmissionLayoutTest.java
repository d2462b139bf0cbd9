package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A submission found however it was submitted. */
class SubmissionLayoutTest {

    private static Path workbook(Path folder) {
        FixtureChapter.copyOfChaptersInto(folder.resolve("workbook/chapters"));
        return folder.resolve("workbook");
    }

    @Test
    void finds_a_copy_of_the_workbook_a_folder_further_down(@TempDir Path folder) throws Exception {
        var submission = folder.resolve("upload");
        Files.createDirectories(submission.resolve("sockets-2027-ann/chapters/01-fixture/exercises/work"));

        assertEquals(submission.resolve("sockets-2027-ann"), SubmissionLayout.of(workbook(folder), submission));
    }

    @Test
    void places_loose_java_files_by_their_package_line(@TempDir Path folder) throws Exception {
        var submission = folder.resolve("upload");
        Files.createDirectories(submission);
        var solution = FixtureChapter.chapter().resolve("exercises/solution/sockets/fixture/exercises/LineEcho.java");
        Files.copy(solution, submission.resolve("LineEcho.java"));
        Files.writeString(submission.resolve("Notes.java"), "package elsewhere;\nclass Notes {}\n");

        var laidOut = SubmissionLayout.of(workbook(folder), submission);

        var work = laidOut.resolve("chapters/01-fixture/exercises/work");
        assertAll(
                () -> assertTrue(Files.isRegularFile(work.resolve("sockets/fixture/exercises/LineEcho.java"))),
                () -> assertEquals(1, ChapterExercises.javaFiles(laidOut).size(), "a file of no chapter's package is left out"));
        SubmissionLayout.discard(laidOut, submission);
        assertTrue(Files.notExists(laidOut));
    }
}

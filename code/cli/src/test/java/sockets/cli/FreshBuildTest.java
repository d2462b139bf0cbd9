package sockets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the command line builds first: a source newer than target/workbook.stamp. */
class FreshBuildTest {

    private static final FileTime BUILT = FileTime.from(Instant.parse("2026-01-01T12:00:00Z"));
    private static final FileTime BEFORE = FileTime.from(Instant.parse("2026-01-01T11:00:00Z"));
    private static final FileTime AFTER = FileTime.from(Instant.parse("2026-01-01T13:00:00Z"));

    private static Path file(Path root, String path, FileTime time) throws IOException {
        var file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
        Files.setLastModifiedTime(file, time);
        return file;
    }

    private static Optional<Path> newerSource(Path root) {
        return new FreshBuild(new WorkbookRoot(root)).newerSource();
    }

    @Test
    void builds_when_there_is_no_stamp_yet(@TempDir Path root) {
        assertEquals(Optional.of(root.resolve("target/workbook.stamp")), newerSource(root));
    }

    @Test
    void builds_nothing_when_every_source_is_older_than_the_stamp(@TempDir Path root) throws IOException {
        file(root, "target/workbook.stamp", BUILT);
        file(root, "pom.xml", BEFORE);
        file(root, "chapters/01-x/src/main/java/A.java", BEFORE);

        assertEquals(Optional.empty(), newerSource(root));
    }

    @Test
    void finds_a_java_file_a_pom_or_a_properties_file_saved_since(@TempDir Path root) throws IOException {
        file(root, "target/workbook.stamp", BUILT);
        for (var path : new String[] {"code/x/src/main/java/A.java", "chapters/01-x/pom.xml", "chapters/01-x/programs.properties"}) {
            var source = file(root, path, AFTER);
            assertEquals(Optional.of(source), newerSource(root), path);
            Files.setLastModifiedTime(source, BEFORE);
        }
    }

    @Test
    void leaves_out_the_builds_output_the_students_work_and_other_files(@TempDir Path root) throws IOException {
        file(root, "target/workbook.stamp", BUILT);
        file(root, "chapters/01-x/target/classes/A.java", AFTER);
        file(root, "chapters/01-x/exercises/work/A.java", AFTER);
        file(root, "chapters/01-x/chapter.adoc", AFTER);

        assertTrue(newerSource(root).isEmpty(), () -> newerSource(root).toString());
    }

    @Test
    void a_stamp_is_written_with_the_time_its_build_began(@TempDir Path root) throws IOException {
        var stamp = new Stamp(root.resolve("target/workbook.stamp"));

        stamp.write(BUILT);

        assertEquals(BUILT, Files.getLastModifiedTime(stamp.file()));
    }
}

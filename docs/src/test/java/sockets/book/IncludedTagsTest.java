package sockets.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tag check reads includes the way Asciidoctor does. */
class IncludedTagsTest {

    private static final String SOURCE = """
            class Tour {
                // tag::open[]
                Object socket = new Object();
                // end::open[]
                // tag::close[]
                // end::close[]
            }
            """;

    @TempDir
    Path chapter;

    @Test
    void tags_marked_in_the_source_are_found_relative_to_the_including_file() throws IOException {
        var adoc = write("""
                include::Tour.java[tag=open,indent=0]
                include::Tour.java[tags=open;close]
                include::Tour.java[tags="open,close"]
                include::Tour.java[tags=**;!close]
                """);
        assertEquals(List.of(), IncludedTags.missingIn(adoc, chapter));
    }

    @Test
    void a_tag_the_source_does_not_mark_is_missing() throws IOException {
        var adoc = write("include::Tour.java[tags=open;connect]\n");
        var missing = IncludedTags.missingIn(adoc, chapter);
        assertEquals(1, missing.size(), missing::toString);
        assertEquals(true, missing.getFirst().contains("no tag::connect[]"), missing::toString);
    }

    @Test
    void a_chapters_attribute_resolves_to_the_chapters_directory() throws IOException {
        var adoc = write("include::{chapters}/Tour.java[tag=open]\n");
        assertEquals(List.of(), IncludedTags.missingIn(adoc, chapter));
    }

    private Path write(String asciidoc) throws IOException {
        Files.writeString(chapter.resolve("Tour.java"), SOURCE);
        return Files.writeString(chapter.resolve("chapter.adoc"), asciidoc);
    }
}

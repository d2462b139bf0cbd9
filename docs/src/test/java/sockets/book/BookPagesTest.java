package sockets.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BookPages derives the book's chapter pages and lists from the chapters/NN-name folders. */
class BookPagesTest {

    @TempDir
    Path chapters;

    @TempDir
    Path out;

    @Test
    void a_chapter_is_a_numbered_folder_with_a_chapter_adoc_titled_by_it_and_summed_up_by_its_pom() throws IOException {
        chapter("02-bind", "Bind", "give a socket its address &amp; port");
        chapter("01-create-a-socket", "Create a socket", "what a socket is");
        Files.createDirectories(chapters.resolve("notes"));
        Files.createDirectories(chapters.resolve("03-not-yet"));

        assertEquals(List.of(new BookPages.Chapter("01-create-a-socket", "Create a socket", "what a socket is"),
                        new BookPages.Chapter("02-bind", "Bind", "give a socket its address & port")),
                BookPages.chapters(chapters));
    }

    @Test
    void each_page_links_the_chapters_before_and_after_it_and_numbers_its_heading() throws IOException {
        chapter("01-create-a-socket", "Create a socket", "one");
        chapter("02-bind", "Bind", "two");
        chapter("03-listen", "Listen", "three");
        BookPages.write(out, BookPages.chapters(chapters));

        var first = Files.readString(out.resolve("01-create-a-socket.adoc"));
        assertTrue(first.contains("[.prev]#link:index.html[‹ Contents]#"), first);
        assertTrue(first.contains("[.next]#link:02-bind.html[02 Bind ›]#"), first);
        assertTrue(first.contains(":chapter-number: 0\n"), first);
        var middle = Files.readString(out.resolve("02-bind.adoc"));
        assertTrue(middle.contains("= Bind · Java Sockets, Step by Step"), middle);
        assertTrue(middle.contains("[.prev]#link:01-create-a-socket.html[‹ 01 Create a socket]#"), middle);
        assertTrue(middle.contains("include::{chapters}/02-bind/chapter.adoc[leveloffset=+1]"), middle);
        var last = Files.readString(out.resolve("03-listen.adoc"));
        assertTrue(last.contains("[.next]#{nbsp}#"), last);
        assertEquals(2, last.split("\\[\\.prev]").length - 1, "a navigation bar above and one below");
    }

    @Test
    void the_pdf_and_the_landing_page_list_the_chapters_in_order() throws IOException {
        chapter("01-create-a-socket", "Create a socket", "what a socket is");
        chapter("02-bind", "Bind", "an address and a port");
        BookPages.write(out, BookPages.chapters(chapters));

        var pdf = Files.readString(out.resolve("_chapters.adoc"));
        assertTrue(pdf.indexOf("include::01-create-a-socket.adoc[]") < pdf.indexOf("include::02-bind.adoc[]"), pdf);
        var list = Files.readString(out.resolve("_chapter-list.adoc")).lines()
                .filter(line -> line.startsWith("* ")).toList();
        assertEquals(List.of("* link:01-create-a-socket.html[*01 Create a socket*]: what a socket is",
                "* link:02-bind.html[*02 Bind*]: an address and a port"), list);
    }

    @Test
    void a_removed_chapter_leaves_no_page_behind() throws IOException {
        chapter("01-create-a-socket", "Create a socket", "one");
        Files.writeString(out.resolve("02-bind.adoc"), "from an earlier build");
        BookPages.write(out, BookPages.chapters(chapters));
        assertFalse(Files.exists(out.resolve("02-bind.adoc")));
    }

    @Test
    void a_chapter_without_a_summary_is_named() throws IOException {
        chapter("01-create-a-socket", "Create a socket", "one");
        Files.writeString(chapters.resolve("01-create-a-socket/pom.xml"), "<project/>");
        var problem = assertThrows(IllegalStateException.class, () -> BookPages.chapters(chapters));
        assertTrue(problem.getMessage().contains("01-create-a-socket/pom.xml has no <description>"), problem.getMessage());
    }

    @Test
    void the_list_of_figures_numbers_each_titled_figure_by_its_chapter() throws IOException {
        chapter("01-create-a-socket", "Create a socket", "one");
        chapter("08-thread-per-client", "Thread per client", "eight");
        Files.writeString(chapters.resolve("08-thread-per-client/chapter.adoc"), """
                [#ch08]
                = Thread per client

                [#ch08-figure-threads]
                .A thread per client
                plantuml::{diagrams}/thread-per-client.puml[format=svg,target=thread-per-client]

                plantuml::{diagrams}/untitled.puml[format=svg]

                .A second one, id below its title
                [#ch08-figure-second,link=x.svg]
                image::second.svg[]
                """);
        var list = BookPages.figureList(chapters, BookPages.chapters(chapters)).lines()
                .filter(line -> line.startsWith("* ")).toList();
        assertEquals(List.of("* <<ch08-figure-threads,Figure 8.1 A thread per client>>",
                "* <<ch08-figure-second,Figure 8.2 A second one, id below its title>>"), list);
    }

    @Test
    void the_list_of_mistakes_has_a_row_per_mistake_folder_with_what_its_report_names() throws IOException {
        chapter("06-send-and-receive", "Send and receive", "six");
        var mistake = Files.createDirectories(chapters.resolve("06-send-and-receive/exercises/mistakes/Netstrings/reads-once"));
        Files.writeString(mistake.resolve("mistake.properties"), "concept = loop until you have it\nwhy = one read() | taken whole\n");
        var unexplained = Files.createDirectories(mistake.resolveSibling("trusts-the-length"));
        Files.writeString(unexplained.resolve("mistake.properties"), "concept = maxSize\n");

        var rows = BookPages.mistakeList(chapters, BookPages.chapters(chapters)).lines()
                .filter(line -> line.startsWith("|06")).toList();

        assertEquals(List.of("|06 |`Netstrings` |pass:c[one read() \\| taken whole] |pass:c[loop until you have it]",
                "|06 |`Netstrings` |pass:c[trusts the length] |pass:c[maxSize]"), rows);
    }

    @Test
    void a_titled_figure_without_an_id_is_named() throws IOException {
        chapter("03-listen", "Listen", "three");
        Files.writeString(chapters.resolve("03-listen/chapter.adoc"), """
                [#ch03]
                = Listen

                .The accept queue
                plantuml::{diagrams}/accept-queue.puml[format=svg]
                """);
        var problem = assertThrows(IllegalStateException.class,
                () -> BookPages.figureList(chapters, BookPages.chapters(chapters)));
        assertTrue(problem.getMessage().contains("line 5: give the figure an id, [#ch03-figure-NAME]"),
                problem.getMessage());
    }

    private void chapter(String name, String title, String description) throws IOException {
        var folder = Files.createDirectories(chapters.resolve(name));
        Files.writeString(folder.resolve("chapter.adoc"), "[#ch" + name.substring(0, 2) + "]\n= " + title + "\n\nText.\n");
        Files.writeString(folder.resolve("pom.xml"), "<project>\n  <name>Chapter</name>\n  <description>" + description
                + "</description>\n</project>\n");
    }
}

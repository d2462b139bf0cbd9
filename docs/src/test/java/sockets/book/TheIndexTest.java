package sockets.book;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The PDF's index names what a reader of a reference book looks up: every socket option, errno
 * name, exception, system call and TCP state the chapters' prose mentions (IndexedNames keeps
 * the lists), and the book's key concepts. Read from the sources: the PDF is not rendered again.
 */
class TheIndexTest {

    private static final Pattern CODE = Pattern.compile("(?s)<pre\\b.*?</pre>");

    @Test
    void every_option_errno_exception_system_call_and_state_the_chapters_mention_is_an_index_term() {
        var terms = bookTerms();
        var missing = new TreeMap<String, List<String>>();  // chapter -> names it mentions, not indexed
        for (var source : chapterSources()) {
            for (var name : IndexedNames.mentionedIn(BookSources.read(source))) {
                if (!terms.contains(name)) {
                    missing.computeIfAbsent(BookSources.chaptersDirectory().relativize(source).toString(),
                            key -> new ArrayList<>()).add(name);
                }
            }
        }
        System.out.printf("the index: %d terms in the chapters' sources%n", terms.size());
        assertEquals(Map.of(), missing, "names the chapters mention that the index lacks: mark each with"
                + " indexterm:[NAME] where it is explained");
    }

    @Test
    void every_key_concept_is_an_index_term() {
        var terms = bookTerms();
        assertAll(IndexedNames.CONCEPTS.stream().<Executable>map(concept -> () -> assertTrue(terms.contains(concept),
                "the index has no " + concept)));
    }

    @Test
    void no_page_shows_an_index_term_as_text() {
        // A concealed term vanishes from the page and a flow term stays as its text once:
        // markup left visible means Asciidoctor did not read it as a term. A listing may hold "(((".
        var shown = BookSources.renderedPages().stream()
                .filter(page -> {
                    var text = CODE.matcher(BookSources.read(page)).replaceAll(" ");
                    return text.contains("indexterm") || text.contains("(((");
                })
                .map(page -> page.getFileName().toString())
                .toList();
        assertEquals(List.of(), shown, "pages that show index-term markup");
    }

    @Test
    void a_name_in_a_listing_or_a_comment_is_not_one_the_prose_mentions() {
        var adoc = """
                A `bind` fails with `EADDRINUSE`, Java's `BindException`, unless `SO_REUSEADDR`.
                // SO_LINGER in a comment
                ----
                EPIPE in a listing, SocketException
                ----
                A socket in TIME_WAIT. The ECHO command is no errno. indexterm:[bind] (((errors, ECONNRESET)))
                """;
        assertEquals(List.of("SO_REUSEADDR", "BindException", "TIME_WAIT", "EADDRINUSE", "bind"),
                List.copyOf(IndexedNames.mentionedIn(adoc)));
        assertEquals(Set.of("bind", "errors", "ECONNRESET"), IndexedNames.termsIn(adoc));
    }

    /** Every index term of the chapters, at every level. */
    private static Set<String> bookTerms() {
        var terms = new HashSet<String>();
        chapterSources().forEach(source -> terms.addAll(IndexedNames.termsIn(BookSources.read(source))));
        return terms;
    }

    /** Each chapter's text and its exercises, which the chapter's page includes. */
    private static List<Path> chapterSources() {
        return BookSources.chapterFiles().stream()
                .flatMap(chapter -> Stream.of(chapter, chapter.resolveSibling("exercises").resolve("exercises.adoc")))
                .filter(Files::isRegularFile)
                .toList();
    }
}

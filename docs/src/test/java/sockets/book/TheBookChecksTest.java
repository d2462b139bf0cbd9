package sockets.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of TheBookTest catch what they claim to: each shown a small bad example. */
class TheBookChecksTest {

    @Test
    void a_listing_made_only_of_includes_is_not_pasted() {
        var adoc = """
                [source,java,indent=0]
                .Opening a socket
                ----
                include::src/main/java/sockets/ch01/SocketTour.java[tag=open]

                include::src/main/java/sockets/ch01/SocketTour.java[tag=close]
                ----
                """;
        assertEquals(List.of(), PastedJavaListings.in(adoc));
    }

    @Test
    void java_typed_into_a_listing_is_pasted() {
        var adoc = """
                Some text.

                [source, java]
                ----
                include::src/main/java/sockets/ch01/SocketTour.java[tag=open]
                socket.close();
                ----

                [,java]
                var s = new Socket();
                """;
        assertEquals(List.of("line 6: socket.close();", "line 10: var s = new Socket();"),
                PastedJavaListings.in(adoc));
    }

    @Test
    void a_shell_listing_may_be_typed() {
        var adoc = """
                [source,shell]
                ----
                ./workbook run 01
                ----
                """;
        assertEquals(List.of(), PastedJavaListings.in(adoc));
    }

    @Test
    void a_link_to_a_missing_anchor_is_broken() {
        var page = new RenderedPage("""
                <h2 id="create-a-socket">Create a socket</h2>
                <a href="#create-a-socket">ok</a> <a href="#no-such-id">[no-such-id]</a>
                """);
        var broken = new java.util.TreeSet<>(page.internalLinkTargets());
        broken.removeAll(page.ids());
        assertEquals(java.util.Set.of("no-such-id"), broken);
    }

    @Test
    void a_stylesheet_or_script_from_another_host_is_a_network_load() {
        var page = new RenderedPage("""
                <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Open+Sans">
                <script src="//cdn.example/x.js"></script>
                <style>/* @import "https://commented.out/fonts"; */ b { color: red }</style>
                <style>@font-face { src: url("https://fonts.example/a.woff") }</style>
                <a href="https://docs.oracle.com/">a link to read later loads nothing</a>
                <img src="images/local.png">
                """);
        var loads = page.networkLoads();
        assertEquals(3, loads.size(), loads::toString);
        assertTrue(loads.get(2).contains("fonts.example"), loads::toString);
    }

    @Test
    void code_that_asciidoctor_replaced_or_took_for_an_index_term_is_mangled() {
        var page = new RenderedPage("""
                <p>Use <code>selector.select(key &#8594; &#8230;&#8203;, timeout)</code>, not
                <code>a &#8656; b</code>; <code>fd = listener.accept(); start) &#8594; serve(fd</code>
                but <code>start(() -> serve(fd))</code> and <code>getsockname(fd, ...)</code>.</p>
                <pre><code>x -&gt; y &#8594; fine in a listing</code></pre>
                """);
        assertEquals(List.of("`selector.select(key \u2192 \u2026<zero-width space>, timeout)`", "`a \u21d0 b`",
                "`fd = listener.accept(); start) \u2192 serve(fd`"), page.mangledInlineCode());
    }

    @Test
    void a_backtick_outside_a_listing_is_stray() {
        var page = new RenderedPage("""
                <p>it <code>dup2`s that end</code> over the closing descriptor</p>
                <pre>echo `date`</pre><script>let s = `template`;</script>
                """);
        assertEquals(List.of("it dup2`s that end over the closing descriptor"), page.strayBackticks());
    }

    @Test
    void a_chapter_named_but_not_linked_is_found() {
        var page = new RenderedPage("""
                <p>As in <a href="04-accept.html#ch04">chapter 04</a>, and unlike
                Chapter 06, the <code>chapter 07</code> of a listing,
                chapters <a href="08.html">08</a> and <a href="09.html">09</a>.</p>
                <pre>chapter 10</pre>
                """);
        var unlinked = page.unlinkedChapterMentions();
        assertEquals(1, unlinked.size(), unlinked::toString);
        assertTrue(unlinked.getFirst().contains("unlike Chapter 06,"), unlinked::toString);
    }
}

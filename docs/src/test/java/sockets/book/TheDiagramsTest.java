package sockets.book;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The diagrams as the build wrote them (target/book/images/*.svg, after diagram_svgs.rb): legible
 * on the light and the dark page alike, valid XML for the EPUB, and all on the figures page.
 */
class TheDiagramsTest {

    private static final Path IMAGES = BookSources.RENDERED_BOOK.resolve("images");
    private static final Pattern SHOWN = Pattern.compile("plantuml::\\{diagrams}/([\\w-]+)\\.puml\\[");
    private static final Pattern IMAGE = Pattern.compile("<img src=\"images/([\\w-]+)\\.svg\"");
    private static final Pattern FIRST_DRAWN = Pattern.compile("<svg\\b[^>]*>(?:<defs/>)?(<[a-z]+\\b[^>]*>)");
    private static final Pattern ID = Pattern.compile("\\bid='([^']*)'");
    private static final Pattern RECT = Pattern.compile("<rect\\b([^>]*)/>");
    private static final Pattern TEXT = Pattern.compile("<text\\b([^>]*)>([^<]*)</text>");

    @Test
    void the_figures_page_shows_every_diagram_the_chapters_show() {
        var shown = new TreeSet<String>();
        for (var chapter : BookSources.chapterFiles()) {
            SHOWN.matcher(BookSources.read(chapter)).results().forEach(match -> shown.add(match.group(1)));
        }
        var onTheFiguresPage = new TreeSet<String>();
        IMAGE.matcher(BookSources.read(BookSources.RENDERED_BOOK.resolve("figures.html"))).results()
                .forEach(match -> onTheFiguresPage.add(match.group(1)));
        System.out.printf("figures: the chapters show %d diagrams, figures.html %d%n", shown.size(), onTheFiguresPage.size());
        assertFalse(shown.isEmpty(), "the chapters show no diagram");
        assertEquals(shown, onTheFiguresPage, "the diagrams of figures.html (figures.adoc) against those the chapters show");
    }

    @Test
    void every_diagram_is_drawn_on_an_opaque_white_plate_that_no_page_theme_shows_through() {
        // CSS from the page cannot reach into an SVG shown with <img>: the SVG brings its background.
        assertAll(diagrams().map(svg -> () -> {
            var first = FIRST_DRAWN.matcher(read(svg));
            assertTrue(first.find(), svg + " draws nothing");
            var plate = first.group(1);
            assertTrue(plate.startsWith("<rect") && plate.contains("fill='#FFFFFF'") && plate.contains("width='100%'")
                    && plate.contains("height='100%'") && !plate.contains("opacity"),
                    svg + ": the first thing drawn is a white rectangle over the whole picture, not " + plate);
        }));
    }

    @Test
    void every_label_of_every_diagram_keeps_a_contrast_of_4_5_to_1_on_what_it_is_drawn_on() {
        var failures = new ArrayList<String>();
        int labels = 0;
        double worst = 99;
        for (var svg : diagrams().toList()) {
            var text = read(svg);
            var rects = RECT.matcher(text).results().map(match -> match.group(1))
                    .filter(rect -> !rect.contains("class='book-plate'"))
                    // PlantUML's invisible hit areas (fill-opacity 0) are not a background.
                    .filter(rect -> attribute(rect, "fill-opacity").isEmpty() || number(rect, "fill-opacity") > 0).toList();
            for (var label : TEXT.matcher(text).results().toList()) {
                labels++;
                var attributes = label.group(1);
                double x = number(attributes, "x"), y = number(attributes, "y") - number(attributes, "font-size") / 3;
                // What the label sits on: the last filled box drawn around its middle, else the plate.
                var background = "#FFFFFF";
                for (var rect : rects) {
                    var fill = attribute(rect, "fill");
                    if (fill.startsWith("#") && x >= number(rect, "x") && x <= number(rect, "x") + number(rect, "width")
                            && y >= number(rect, "y") && y <= number(rect, "y") + number(rect, "height")) {
                        background = fill;
                    }
                }
                var ratio = Contrast.ratio(attribute(attributes, "fill"), background);
                worst = Math.min(worst, ratio);
                if (ratio < 4.5) {
                    failures.add(svg.getFileName() + ": \"" + label.group(2) + "\" " + attribute(attributes, "fill")
                            + " on " + background + " = " + String.format("%.2f", ratio));
                }
            }
        }
        System.out.printf("diagrams: %d labels, lowest contrast %.2f:1 (the same in both themes: the SVG brings its background)%n",
                labels, worst);
        assertTrue(labels > 0, "no label in any diagram");
        assertEquals(List.of(), failures, "labels below 4.5:1 on their background");
    }

    @Test
    void no_diagram_repeats_an_id() {
        // A repeated id is invalid XML: epubcheck's RSC-005 in the EPUB.
        assertAll(diagrams().map(svg -> () -> {
            var ids = ID.matcher(read(svg)).results().map(match -> match.group(1)).toList();
            assertEquals(ids.stream().distinct().toList(), ids, svg + "'s ids");
        }));
    }

    private static Stream<Path> diagrams() {
        try (var files = Files.list(IMAGES)) {
            var svgs = files.filter(file -> file.toString().endsWith(".svg")).sorted().toList();
            assertFalse(svgs.isEmpty(), "the build wrote no diagram into " + IMAGES);
            return svgs.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path svg) {
        return BookSources.read(svg);
    }

    private static String attribute(String attributes, String name) {
        var match = Pattern.compile("(?:^|\\s)" + name + "='([^']*)'").matcher(attributes);
        return match.find() ? match.group(1) : "";
    }

    private static double number(String attributes, String name) {
        var value = attribute(attributes, name);
        return value.isEmpty() ? 0 : Double.parseDouble(value.replace("px", ""));
    }
}

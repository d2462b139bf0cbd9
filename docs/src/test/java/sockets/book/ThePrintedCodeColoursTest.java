package sockets.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The colours of the PDF and the EPUB, which no browser measures: the code colours of their
 * Rouge style (book_rouge_theme.rb) and the text colours of the PDF's theme (book-theme.yml),
 * each at a contrast of 4.5:1 or more on the backgrounds it is printed on.
 */
class ThePrintedCodeColoursTest {

    private static final Path ROUGE_THEME = Path.of("src", "main", "ruby", "book_rouge_theme.rb");
    private static final Path PDF_THEME = Path.of("src", "docs", "pdf", "book-theme.yml");
    /** A colour the Ruby theme names: TEXT = '#1f2328', or fg: '#...' written in a style. */
    private static final Pattern RUBY_COLOUR = Pattern.compile("(?:([A-Z]+) = |fg: )'(#\\p{XDigit}{6})'");
    private static final Pattern CODE_BACKGROUND = Pattern.compile("bg: '(#\\p{XDigit}{6})'");
    private static final Pattern FONT_COLOUR = Pattern.compile("(?m)^\\s*font-color: (#\\p{XDigit}{6})");
    private static final Pattern PDF_CODE_BACKGROUND = Pattern.compile("(?m)^code:\\n(?:\\s+.*\\n)*?\\s+background-color: (#\\p{XDigit}{6})");

    @Test
    void every_code_colour_of_the_printed_editions_keeps_4_5_to_1_on_the_code_background_and_on_white() {
        var theme = BookSources.read(ROUGE_THEME);
        var background = CODE_BACKGROUND.matcher(theme);
        assertTrue(background.find(), ROUGE_THEME + " gives Text a background (bg:)");
        var pdfCodeBackground = PDF_CODE_BACKGROUND.matcher(BookSources.read(PDF_THEME));
        assertTrue(pdfCodeBackground.find(), PDF_THEME + " gives code a background-color");
        var colours = RUBY_COLOUR.matcher(theme).results().map(match -> match.group(2)).distinct().toList();
        assertTrue(colours.size() >= 8, "the Rouge theme names its colours: " + colours);
        assertEquals(List.of(), below(colours, List.of(background.group(1), pdfCodeBackground.group(1), "#ffffff")),
                "code colours below 4.5:1 in " + ROUGE_THEME);
    }

    @Test
    void every_text_colour_of_the_pdf_theme_keeps_4_5_to_1_on_white() {
        var colours = FONT_COLOUR.matcher(BookSources.read(PDF_THEME)).results().map(match -> match.group(1)).distinct().toList();
        assertTrue(!colours.isEmpty(), PDF_THEME + " names its text colours");
        assertEquals(List.of(), below(colours, List.of("#ffffff")), "text colours below 4.5:1 in " + PDF_THEME);
    }

    private static List<String> below(List<String> colours, List<String> backgrounds) {
        var failures = new ArrayList<String>();
        double worst = 99;
        for (var colour : colours) {
            for (var background : backgrounds) {
                var ratio = Contrast.ratio(colour, background);
                worst = Math.min(worst, ratio);
                if (ratio < 4.5) {
                    failures.add(colour + " on " + background + " = " + String.format("%.2f", ratio));
                }
            }
        }
        System.out.printf("printed colours: %d on %s, lowest %.2f:1%n", colours.size(), backgrounds, worst);
        return failures;
    }
}

package sockets.book;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** A chapter's title, as written on the level-0 line that opens its chapter.adoc. */
final class ChapterTitle {

    private static final Pattern LEVEL_0_TITLE = Pattern.compile("(?m)^= (.+?)\\s*$");

    private ChapterTitle() {
    }

    static String of(Path chapterFile) {
        var title = LEVEL_0_TITLE.matcher(BookSources.read(chapterFile));
        if (!title.find()) {
            throw new AssertionError(chapterFile + " has no level-0 title line (= Title)");
        }
        return title.group(1);
    }

    /**
     * The title as a reader sees it: without inline markup, and with the apostrophes and quotes
     * Asciidoctor turns typographic put back, so source and page compare as plain text.
     */
    static String asPlainText(String title) {
        return title.replaceAll("[`*]", "")
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .strip();
    }
}

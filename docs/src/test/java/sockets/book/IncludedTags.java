package sockets.book;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks that every tag an include asks for is marked in the file it names. The build fails on
 * a missing tag too; this check names every one at once and the file that asked for it.
 */
final class IncludedTags {

    private static final Pattern INCLUDE_LINE =
            Pattern.compile("(?m)^include::([^\\[\\s]+)\\[([^\\]]*)\\]\\s*$");
    /** tag=a, tags=a;b, or quoted tags="a,b": unquoted, a comma ends the attribute. */
    private static final Pattern TAG_ATTRIBUTE =
            Pattern.compile("\\btags?=(?:\"([^\"]*)\"|([^,]*))");

    private IncludedTags() {
    }

    /** What is missing for the includes of one AsciiDoc file: one line per missing tag. */
    static List<String> missingIn(Path asciidocFile, Path chaptersDirectory) {
        var missing = new ArrayList<String>();
        var includes = INCLUDE_LINE.matcher(BookSources.read(asciidocFile));
        while (includes.find()) {
            var tags = TAG_ATTRIBUTE.matcher(includes.group(2));
            if (!tags.find()) {
                continue;
            }
            // Nested includes resolve against the including file, as Asciidoctor does.
            var target = includes.group(1).replace("{chapters}", chaptersDirectory.toString());
            var source = asciidocFile.toAbsolutePath().getParent().resolve(target).normalize();
            if (!Files.isRegularFile(source)) {
                missing.add(asciidocFile + ": no file " + source);
                continue;
            }
            var text = BookSources.read(source);
            var tagList = tags.group(1) != null ? tags.group(1) : tags.group(2);
            Arrays.stream(tagList.split("[;,]"))
                    .map(String::strip)
                    // !name excludes a tag and * or ** select many: neither names a region.
                    .filter(tag -> !tag.isEmpty() && !tag.startsWith("!") && !tag.startsWith("*"))
                    .filter(tag -> !text.contains("tag::" + tag + "[]")
                            || !text.contains("end::" + tag + "[]"))
                    .forEach(tag -> missing.add(
                            asciidocFile + ": no tag::" + tag + "[] ... end::" + tag + "[] in " + source));
        }
        return missing;
    }
}

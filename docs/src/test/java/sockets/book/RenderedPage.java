package sockets.book;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The HTML page Asciidoctor wrote, read with JDK regexes. Asciidoctor's output is regular
 * enough for that: attributes always in double quotes, one element per tag.
 */
record RenderedPage(String html) {

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");
    private static final Pattern INTERNAL_LINK = Pattern.compile("\\bhref=\"#([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"");
    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*\\bsrc=\"([^\"]*)\"");
    private static final Pattern NAV_LINK = Pattern.compile(
            "<span class=\"(prev|next)\"><a href=\"([^\"]*)\"");
    private static final Pattern CHAPTER_NAV = Pattern.compile(
            "<div class=\"paragraph chapter-nav[^\"]*\">(.*?)</div>", Pattern.DOTALL);
    private static final Pattern LOADING_ELEMENT = Pattern.compile(
            "<(?:link|script|img|iframe|source|audio|video|embed|object)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NETWORK_ATTRIBUTE = Pattern.compile(
            "\\b(?:src|href|data|srcset)\\s*=\\s*[\"']?\\s*(?:https?:)?//",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("<style\\b[^>]*>(.*?)</style>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern CSS_NETWORK_LOAD = Pattern.compile(
            "@import[^;]*|url\\(\\s*[\"']?\\s*(?:https?:)?//[^)]*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVA_LISTING = Pattern.compile(
            "<code data-lang=\"java\">(.*?)</code>", Pattern.DOTALL);
    private static final Pattern TABLE_OF_CONTENTS = Pattern.compile(
            "<div id=\"toc\".*?(?=<div id=\"content\">)", Pattern.DOTALL);
    private static final Pattern LISTING_BLOCK = Pattern.compile(
            "<div class=\"listingblock[^\"]*\">(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern LISTING_LANGUAGE = Pattern.compile("<code data-lang=\"([^\"]+)\"");
    private static final Pattern LISTING_FILE = Pattern.compile("<span class=\"listing-file\">([^<]+)</span>");
    private static final Pattern HEADING = Pattern.compile("<h([1-6])\\b");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    /** What a reader does not read as prose: listings, scripts, stylesheets. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "<(pre|script|style)\\b[^>]*>.*?</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_CODE = Pattern.compile("<code\\b[^>]*>(.*?)</code>", Pattern.DOTALL);
    private static final Pattern LINK_ELEMENT = Pattern.compile("<a\\b[^>]*>.*?</a>", Pattern.DOTALL);
    /** "chapter 04", "Chapters 08": each number a reader would want to follow. */
    private static final Pattern CHAPTER_MENTION = Pattern.compile("\\b[Cc]hapters?\\s+\\d\\d\\b");
    /**
     * What Asciidoctor's replacements put into text: arrows for -> <- => <=, the zero-width
     * space after an ellipsis, dashes and typographic quotes. Right in prose, wrong in code,
     * where a reader copies them.
     */
    private static final Pattern REPLACED_CHARACTER = Pattern.compile(
            "[\\u2192\\u2190\\u21d2\\u21d0\\u200b\\u2014\\u2018\\u2019\\u201c\\u201d]");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d+);");
    private static final Pattern HEX_ENTITY = Pattern.compile("&#x([0-9a-fA-F]+);");

    Set<String> ids() {
        return all(ID, html).collect(Collectors.toSet());
    }

    Set<String> internalLinkTargets() {
        return all(INTERNAL_LINK, html).collect(Collectors.toSet());
    }

    /** The target of every link, as written: "#id", "page.html#id", "https://...". */
    List<String> links() {
        return all(LINK, html).map(RenderedPage::unescaped).toList();
    }

    /** The source of every image. */
    List<String> images() {
        return all(IMAGE, html).map(RenderedPage::unescaped).toList();
    }

    /**
     * The previous/next links of each chapter navigation bar, top and bottom: one string per
     * bar, "prev=index.html next=02-bind.html", with "-" where a bar has no such link.
     */
    List<String> chapterNavigation() {
        return all(CHAPTER_NAV, html).map(bar -> {
            String prev = "-", next = "-";
            var links = NAV_LINK.matcher(bar);
            while (links.find()) {
                if (links.group(1).equals("prev")) {
                    prev = links.group(2);
                } else {
                    next = links.group(2);
                }
            }
            return "prev=" + prev + " next=" + next;
        }).toList();
    }

    /** Elements that would fetch something from another host when the page opens. */
    List<String> networkLoads() {
        var elements = LOADING_ELEMENT.matcher(html).results()
                .map(MatchResult::group)
                .filter(element -> NETWORK_ATTRIBUTE.matcher(element).find());
        // A commented-out @import is harmless: Asciidoctor's stylesheet ships one for fonts.
        var stylesheetLoads = all(STYLE, html)
                .map(css -> CSS_COMMENT.matcher(css).replaceAll(""))
                .flatMap(css -> CSS_NETWORK_LOAD.matcher(css).results().map(MatchResult::group));
        return Stream.concat(elements, stylesheetLoads).toList();
    }

    /** The inner HTML of every Java listing. */
    List<String> javaListings() {
        return all(JAVA_LISTING, html).toList();
    }

    /**
     * Inline code that does not show what was written: a character Asciidoctor's replacements
     * put in (an arrow, a zero-width space, a curly quote), or parentheses that do not pair, as
     * when {@code start(() -> serve(fd))} was taken for an index term {@code ((...))}.
     */
    List<String> mangledInlineCode() {
        var prose = NOT_PROSE.matcher(html).replaceAll(" ");
        return all(INLINE_CODE, prose).map(RenderedPage::asText)
                .filter(code -> REPLACED_CHARACTER.matcher(code).find() || !parenthesesPair(code))
                .map(code -> "`" + code.replace("\u200b", "<zero-width space>") + "`")
                .toList();
    }

    /** A backtick the reader sees outside a listing: AsciiDoc markup that did not apply. */
    List<String> strayBackticks() {
        var text = asText(NOT_PROSE.matcher(html).replaceAll(" "));
        return Pattern.compile("[^\\n]{0,40}`[^\\n]{0,40}").matcher(text).results()
                .map(MatchResult::group).map(String::strip).toList();
    }

    /** "chapter NN" in the prose that is not a link: a reader wants to follow it. */
    List<String> unlinkedChapterMentions() {
        var prose = NOT_PROSE.matcher(html).replaceAll(" ");
        prose = TABLE_OF_CONTENTS.matcher(prose).replaceAll(" ");
        prose = INLINE_CODE.matcher(prose).replaceAll(" ");
        prose = LINK_ELEMENT.matcher(prose).replaceAll(" ");
        var text = asText(prose).replaceAll("\\s+", " ");
        return Pattern.compile(".{0,40}" + CHAPTER_MENTION.pattern() + ".{0,20}").matcher(text).results()
                .map(MatchResult::group).map(String::strip).toList();
    }

    /** Brackets may stand alone in code ({@code [::1}, {@code ESC [2J}); parentheses do not here. */
    private static boolean parenthesesPair(String code) {
        int depth = 0;
        for (char c : code.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** A listing as the page shows it: its language ("" for none) and the file its caption names. */
    record Listing(String language, String file, String start) {
    }

    /** Every listing of the page, in order. */
    List<Listing> listings() {
        return LISTING_BLOCK.matcher(html).results().map(match -> {
            var block = match.group(1);
            var language = LISTING_LANGUAGE.matcher(block);
            var file = LISTING_FILE.matcher(block);
            var text = asText(block.substring(block.indexOf("<pre"))).strip();
            return new Listing(language.find() ? language.group(1) : "", file.find() ? file.group(1) : "",
                    text.substring(0, Math.min(60, text.length())));
        }).toList();
    }

    /** The level of every heading, h1 to h6, in order. */
    List<Integer> headingLevels() {
        return HEADING.matcher(html).results().map(match -> Integer.parseInt(match.group(1))).toList();
    }

    /** The table of contents as a reader sees it: text, without tags or entities. */
    String tableOfContentsText() {
        var toc = TABLE_OF_CONTENTS.matcher(html);
        return toc.find() ? ChapterTitle.asPlainText(asText(toc.group())) : "";
    }

    private static String unescaped(String attribute) {
        return attribute.replace("&amp;", "&");
    }

    private static String asText(String fragment) {
        var text = TAG.matcher(fragment).replaceAll(" ");
        text = NUMERIC_ENTITY.matcher(text)
                .replaceAll(entity -> Matcher.quoteReplacement(
                        Character.toString(Integer.parseInt(entity.group(1)))));
        text = HEX_ENTITY.matcher(text)
                .replaceAll(entity -> Matcher.quoteReplacement(
                        Character.toString(Integer.parseInt(entity.group(1), 16))));
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ");
    }

    private static Stream<String> all(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(match -> match.group(1));
    }
}

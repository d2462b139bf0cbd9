package sockets.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the book's sources from the one list of chapters, the chapters/NN-name folders, so
 * that adding a chapter is adding its folder (and its module line in the root pom.xml). The
 * build runs it before rendering, as a source-file program:
 * {@code java BookPages.java SOURCES CHAPTERS OUT}. It copies the hand-written sources
 * (src/docs/asciidoc) to OUT and writes beside them, for each chapter, its page NN-name.adoc
 * (title, chapter number, previous/next links, the include of its chapter.adoc), and two
 * lists: _chapters.adoc, every page in order, which _book.adoc (the PDF) includes, and
 * _chapter-list.adoc, a line per chapter, which the landing page includes. A chapter's title
 * is the level-0 title of its chapter.adoc; its one-line summary is its pom.xml's
 * description.
 */
public final class BookPages {

    static final String BOOK_TITLE = "Java Sockets, Step by Step";
    private static final Pattern CHAPTER_FOLDER = Pattern.compile("\\d\\d-.+");
    private static final Pattern LEVEL_0_TITLE = Pattern.compile("(?m)^= (.+?)\\s*$");
    private static final Pattern DESCRIPTION = Pattern.compile("<description>(.*?)</description>", Pattern.DOTALL);

    /** A chapter as the book knows it: its folder name (01-create-a-socket), title and summary. */
    record Chapter(String name, String title, String summary) {

        int number() {
            return Integer.parseInt(name.substring(0, 2));
        }

        /** How the navigation and the landing page name it: "01 Create a socket". */
        String label() {
            return name.substring(0, 2) + " " + title;
        }
    }

    private BookPages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java BookPages.java SOURCES CHAPTERS OUT");
            System.exit(2);
        }
        var sources = Path.of(args[0]);
        var out = Path.of(args[2]);
        var chapters = chapters(Path.of(args[1]));
        copySources(sources, out);
        write(out, chapters);
        Files.writeString(out.resolve("_figure-list.adoc"), figureList(Path.of(args[1]), chapters));
        Files.writeString(out.resolve("_mistake-list.adoc"), mistakeList(Path.of(args[1]), chapters));
        System.out.println("book pages: " + chapters.size() + " chapters, from " + chapters.getFirst().name()
                + " to " + chapters.getLast().name() + ", written to " + out);
    }

    /** The chapters, in order: every NN-name folder with a chapter.adoc. */
    static List<Chapter> chapters(Path chaptersDirectory) throws IOException {
        var chapters = new ArrayList<Chapter>();
        try (Stream<Path> folders = Files.list(chaptersDirectory)) {
            for (var folder : folders.sorted().toList()) {
                var chapterFile = folder.resolve("chapter.adoc");
                if (!CHAPTER_FOLDER.matcher(folder.getFileName().toString()).matches()
                        || !Files.isRegularFile(chapterFile)) {
                    continue;
                }
                chapters.add(new Chapter(folder.getFileName().toString(), title(chapterFile),
                        summary(folder.resolve("pom.xml"))));
            }
        }
        if (chapters.isEmpty()) {
            throw new IllegalStateException("no chapter (NN-name/chapter.adoc) in " + chaptersDirectory);
        }
        return chapters;
    }

    static void write(Path out, List<Chapter> chapters) throws IOException {
        Files.createDirectories(out);
        // A page left from an earlier build, of a chapter since renamed or removed, must go.
        try (Stream<Path> files = Files.list(out)) {
            for (var file : files.filter(file -> CHAPTER_FOLDER.matcher(file.getFileName().toString()).matches()
                    && file.toString().endsWith(".adoc")).toList()) {
                Files.delete(file);
            }
        }
        var pdf = new StringBuilder(generatedNote("the PDF's chapters, in order; _book.adoc includes it"));
        var list = new StringBuilder(generatedNote("the landing page's chapter list; index.adoc includes it"));
        for (int i = 0; i < chapters.size(); i++) {
            var chapter = chapters.get(i);
            var previous = i == 0 ? null : chapters.get(i - 1);
            var next = i == chapters.size() - 1 ? null : chapters.get(i + 1);
            Files.writeString(out.resolve(chapter.name() + ".adoc"), page(chapter, previous, next));
            pdf.append("\ninclude::").append(chapter.name()).append(".adoc[]\n");
            list.append("* link:").append(chapter.name()).append(".html[*").append(chapter.label())
                    .append("*]: ").append(chapter.summary()).append('\n');
        }
        Files.writeString(out.resolve("_chapters.adoc"), pdf);
        Files.writeString(out.resolve("_chapter-list.adoc"), list);
    }

    /** A figure of a chapter: its id, its number ("8.1") and its title, as AsciiDoc. */
    record Figure(String id, String number, String title) {
    }

    /**
     * The PDF's list of figures, a line per figure, "* <<ch08-figure-x,Figure 8.1 Title>>":
     * Asciidoctor PDF has no list of figures of its own. A figure is a diagram or image block
     * macro with a title; it is numbered as Asciidoctor numbers it, by chapter.
     */
    static String figureList(Path chaptersDirectory, List<Chapter> chapters) {
        var list = new StringBuilder(generatedNote("the PDF's list of figures; _book.adoc includes it"));
        for (var chapter : chapters) {
            for (var figure : figures(chaptersDirectory.resolve(chapter.name()).resolve("chapter.adoc"), chapter)) {
                list.append("* <<").append(figure.id()).append(",Figure ").append(figure.number()).append(" ")
                        .append(figure.title()).append(">>\n");
            }
        }
        return list.toString();
    }

    private static final Pattern FIGURE_MACRO = Pattern.compile("^(?:plantuml|image)::.+\\[.*]\\s*$");
    private static final Pattern ID_LINE = Pattern.compile("^\\[#([\\w-]+)[,\\]].*");

    /** The titled figures of a chapter, in order; each must have an id for the list to link. */
    static List<Figure> figures(Path chapterFile, Chapter chapter) {
        var figures = new ArrayList<Figure>();
        var lines = read(chapterFile).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!FIGURE_MACRO.matcher(lines.get(i)).matches()) {
                continue;
            }
            String id = null;
            String title = null;
            for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                var line = lines.get(j);
                var idLine = ID_LINE.matcher(line);
                if (idLine.matches()) {
                    id = idLine.group(1);
                } else if (line.startsWith(".") && !line.startsWith("..")) {
                    title = line.substring(1);
                }
            }
            if (title == null) {
                continue; // no title, no caption: not numbered
            }
            if (id == null) {
                throw new IllegalStateException(chapterFile + ", line " + (i + 1)
                        + ": give the figure an id, [#ch" + chapter.name().substring(0, 2)
                        + "-figure-NAME], above its title, for the PDF's list of figures");
            }
            figures.add(new Figure(id, chapter.number() + "." + (figures.size() + 1), title));
        }
        if (figures.size() > 9) {
            // The counter runs "8.0", "8.1", ... with Ruby's String#succ: "8.9".succ is "9.0".
            throw new IllegalStateException(chapter.name() + " has " + figures.size()
                    + " figures; the book numbers at most 9 a chapter");
        }
        return figures;
    }

    /**
     * A chapter's page. In the PDF (the-whole-book set) only the chapter is left: no page title,
     * no navigation. The chapter heading is numbered from chapter-number, one less than its own.
     */
    static String page(Chapter chapter, Chapter previous, Chapter next) {
        var nav = "[.prev]#" + (previous == null ? "link:index.html[‹ Contents]"
                        : "link:" + previous.name() + ".html[‹ " + previous.label() + "]")
                + "# [.home]#link:index.html[" + BOOK_TITLE + "]# [.figures]#link:figures.html[Figures]# [.next]#"
                + (next == null ? "{nbsp}" : "link:" + next.name() + ".html[" + next.label() + " ›]") + "#";
        return generatedNote("chapter " + chapter.name().substring(0, 2) + "'s page, target/book/"
                + chapter.name() + ".html") + """
                ifndef::the-whole-book[]
                = %s · %s
                include::_chapter-page.adoc[]
                :chapter-number: %d

                [.chapter-nav]
                %s
                endif::[]

                // Figures and tables numbered by chapter, on its page and in the PDF alike:
                // Asciidoctor counts on from the value of figure-number, "8.0".succ is "8.1".
                :figure-number: %d.0
                :table-number: %d.0

                include::{chapters}/%s/chapter.adoc[leveloffset=+1]

                ifndef::the-whole-book[]
                [.chapter-nav.bottom]
                %s
                endif::[]
                """.formatted(chapter.title(), BOOK_TITLE, chapter.number() - 1, nav, chapter.number(), chapter.number(),
                        chapter.name(), nav);
    }

    /**
     * The teachers' page's table of the mistakes each exercise's tests are proven to catch: a
     * row per folder exercises/mistakes/EXERCISE/NAME, with its mistake.properties' why (else
     * the folder's name) and concept, the words its report is proven to contain.
     */
    static String mistakeList(Path chaptersDirectory, List<Chapter> chapters) throws IOException {
        var rows = new StringBuilder();
        for (var chapter : chapters) {
            var mistakes = chaptersDirectory.resolve(chapter.name()).resolve("exercises/mistakes");
            if (!Files.isDirectory(mistakes)) {
                continue;
            }
            try (Stream<Path> descriptors = Files.walk(mistakes, 3)) {
                for (var descriptor : descriptors.filter(f -> f.getFileName().toString().equals("mistake.properties"))
                        .sorted().toList()) {
                    var properties = new java.util.Properties();
                    try (var in = Files.newBufferedReader(descriptor)) {
                        properties.load(in);
                    }
                    var folder = descriptor.getParent();
                    var why = properties.getProperty("why", "").isBlank()
                            ? folder.getFileName().toString().replace('-', ' ') : properties.getProperty("why").strip();
                    rows.append("|").append(chapter.name(), 0, 2).append(" |`").append(folder.getParent().getFileName())
                            .append("` |").append(cell(why)).append(" |").append(cell(properties.getProperty("concept", "")))
                            .append('\n');
                }
            }
        }
        if (rows.isEmpty()) {
            return generatedNote("the teachers' page's list of mistakes") + "No chapter keeps its mistakes yet.\n";
        }
        return generatedNote("the teachers' page's list of mistakes; teachers.adoc includes it")
                + "[cols=\"1,2,6,4\",options=\"header\"]\n|===\n|Ch. |Exercise |The mistake |Its report names\n"
                + rows + "|===\n";
    }

    /** Text in a table cell as it is written: no markup applies, and a '|' does not end the cell. */
    static String cell(String text) {
        return "pass:c[" + text.strip().replace("]", "\\]").replace("|", "\\|") + "]";
    }

    private static String generatedNote(String what) {
        return "// Generated by docs/src/main/java/sockets/book/BookPages.java from the chapters/NN-name\n"
                + "// folders, on each build: " + what + ". Do not edit.\n";
    }

    /** The hand-written sources; a chapter page among them would be a second list. */
    private static void copySources(Path sources, Path out) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                var name = file.getFileName().toString();
                if (file.getParent().equals(sources) && CHAPTER_FOLDER.matcher(name).matches() && name.endsWith(".adoc")) {
                    throw new IllegalStateException(file + " is a hand-written chapter page: delete it, the build"
                            + " writes every chapter's page from its folder");
                }
                var target = out.resolve(sources.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static String title(Path chapterFile) {
        var title = LEVEL_0_TITLE.matcher(read(chapterFile));
        if (!title.find()) {
            throw new IllegalStateException(chapterFile + " has no level-0 title line (= Title)");
        }
        return title.group(1);
    }

    /** The pom's description, one line for the landing page, as AsciiDoc. */
    private static String summary(Path pom) {
        var description = Files.isRegularFile(pom) ? DESCRIPTION.matcher(read(pom)) : null;
        if (description == null || !description.find()) {
            throw new IllegalStateException(pom + " has no <description>: give the chapter its one line"
                    + " for the book's landing page");
        }
        return description.group(1).strip().replaceAll("\\s+", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

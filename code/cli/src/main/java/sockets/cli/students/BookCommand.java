package sockets.cli.students;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Failure;
import sockets.cli.MavenWrapper;
import sockets.cli.Stamp;
import sockets.cli.Workbook;
import sockets.cli.WorkbookRoot;

/**
 * {@code ./workbook book}: renders the book through the Maven wrapper, each part (the pages; the
 * PDF and EPUB) only when one of its sources is newer than its last successful render, and prints
 * the path of its landing page.
 */
@Command(name = "book", customSynopsis = "./workbook book [--html]", description = {
        "render the book (what changed) and print the path of its page;",
        "--html leaves out the PDF and EPUB, which take longest"})
public final class BookCommand implements Callable<Integer> {

    /** What the book is made of: the chapters' text, the code and transcripts it includes (code/wire's too, which chapter 14 lists), the exercises, the book's own sources and build. */
    private static final List<String> SOURCES = List.of("pom.xml", "docs/pom.xml", "docs/src", "docs/print/pom.xml",
            "docs/print/src/main", "chapters", "code/wire/src/main");
    private static final Set<String> KINDS = Set.of("adoc", "java", "txt", "puml", "iuml", "html", "yml", "rb");

    @ParentCommand
    Workbook workbook;

    @Option(names = {"--html", "--no-pdf"}, description = "the pages only, without the PDF and the EPUB")
    boolean htmlOnly;

    @Override
    public Integer call() {
        var root = workbook.session().root();
        var err = workbook.session().err();
        var book = root.resolve("docs/target/book");
        render(root, "pages", "docs", "the book's pages (HTML, and the diagrams in them)");
        err.println("the book's pages: " + book.resolve("index.html")
                + " (each chapter has its own page beside it, 01-create-a-socket.html, ...)");
        if (!htmlOnly) {
            render(root, "pdf", "docs/print",
                    "the whole book as one PDF and an EPUB (it takes longest; ./workbook book --html leaves it out)");
            err.println("the whole book as one PDF: " + book.resolve("java-sockets-step-by-step.pdf"));
            err.println("the whole book for an e-reader: " + book.resolve("java-sockets-step-by-step.epub"));
        }
        workbook.session().out().println(book.resolve("index.html"));
        return Workbook.DONE;
    }

    private void render(WorkbookRoot root, String part, String module, String what) {
        var err = workbook.session().err();
        var stamp = new Stamp(root.resolve("docs/target/workbook-" + part + ".stamp"));
        var sources = SOURCES.stream().map(root::resolve).toList();
        if (stamp.newerSource(sources, BookCommand::bookSource, BookCommand::notTheBooks).isEmpty()) {
            err.println(what + ": up to date.");
            return;
        }
        err.println("rendering " + what + "...");
        var began = Stamp.now();
        if (!new MavenWrapper(root).run(err, "-q", "-pl", module, "generate-resources")) {
            throw new Failure("The book did not render (" + part + "); the messages above say why.");
        }
        stamp.write(began);
    }

    private static boolean bookSource(Path file) {
        var name = Stamp.name(file);
        return name.equals("pom.xml") || KINDS.contains(name.substring(name.lastIndexOf('.') + 1));
    }

    /** The build's output and the students' work are not the book's sources. */
    private static boolean notTheBooks(Path dir) {
        return Stamp.name(dir).equals("target")
                || Stamp.name(dir).equals("work") && Stamp.name(dir.getParent()).equals("exercises");
    }
}

package sockets.cli.students;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Workbook;

/**
 * {@code ./workbook reset NN}: the chapter's starters back in exercises/work as shipped, after
 * asking; the work there is kept, renamed to exercises/work.bak-DATE.
 */
@Command(name = "reset", customSynopsis = "./workbook reset NN [--yes]", description = {
        "put chapter NN's starters back as shipped (asks first); your work",
        "is kept in exercises/work.bak-DATE"})
public final class ResetCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @ParentCommand
    Workbook workbook;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NN", description = "the chapter's number, e.g. 01")
    String chapterNumber;

    @Option(names = "--yes", description = "do not ask")
    boolean yes;

    @Override
    public Integer call() throws IOException {
        var session = workbook.session();
        var chapter = session.root().chapter(chapterNumber);
        var exercises = chapter.exercises();
        var work = exercises.work();
        var backup = Files.isDirectory(work) ? work.resolveSibling("work.bak-" + LocalDateTime.now().format(DATE)) : null;
        var kept = backup == null ? null : chapter.shown() + "/exercises/" + backup.getFileName();
        if (!yes) {
            session.err().print("Put the starters of " + chapter.shown() + " back as shipped? Your work is kept in "
                    + (kept == null ? "(nothing to keep)" : kept) + ". [y/N] ");
            session.err().flush();
            if (!firstLine(session.in()).matches("[Yy].*")) {
                session.out().println("nothing changed.");
                return Workbook.DONE;
            }
        }
        if (backup != null) {
            Files.move(work, backup);
        }
        chapter.withWorkCopy(new PrintStream(OutputStream.nullOutputStream()));
        session.out().println("the starters of " + chapter.shown() + " are back as shipped, in " + chapter.shown() + "/exercises/work/.");
        if (kept != null) {
            session.out().println("your work is kept in " + kept + "/ (copy a file back from there to take it up again).");
        }
        return Workbook.DONE;
    }

    /** One line of the answer, read byte by byte: a buffer would take stdin from whatever reads it next. */
    private static String firstLine(InputStream in) {
        try {
            var line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer", e);
        }
    }
}

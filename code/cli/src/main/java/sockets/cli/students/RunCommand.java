package sockets.cli.students;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import sockets.cli.Chapter;
import sockets.cli.PassesArgumentsOn;
import sockets.cli.UsageError;
import sockets.cli.Workbook;
import sockets.wire.ChapterPrograms.Program;

/**
 * {@code ./workbook run NN [PROGRAM] [ARGS...]}: a chapter's program in a JVM of its own, with
 * its programs.properties JVM options, the terminal as its stdin, stdout and stderr, and its
 * exit status as this command's.
 */
@Command(name = "run", customSynopsis = "./workbook run NN [PROGRAM] [ARGS...]", description = {
        "run chapter NN's program (its first one unless PROGRAM is named);",
        "ARGS go to the program, e.g. ./workbook run 04 server --port 0"})
public final class RunCommand implements Callable<Integer>, PassesArgumentsOn {

    @ParentCommand
    Workbook workbook;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NN", description = "the chapter's number, e.g. 01")
    String chapterNumber;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "the program's name, then its own arguments")
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        var chapter = workbook.session().root().chapter(chapterNumber);
        if (!chapter.hasPrograms()) {
            throw new UsageError("Chapter " + chapter.shown() + " has no programs; ./workbook list shows the chapters'.");
        }
        var programs = chapter.programs();
        var first = programs.values().iterator().next();
        var rest = arguments;
        var program = first;
        if (!rest.isEmpty() && programs.containsKey(rest.getFirst())) {
            program = programs.get(rest.getFirst());
            rest = rest.subList(1, rest.size());
        } else if (!rest.isEmpty() && rest.getFirst().matches("[A-Za-z][A-Za-z0-9_-]*") && programs.size() > 1) {
            // A word where a program's name goes that names none: a typo, most likely (the
            // programs that take words of their own are a chapter's only program).
            var err = workbook.session().err();
            err.println("Chapter " + chapter.name() + " has no program named '" + rest.getFirst() + "'; its programs are:");
            ProgramDescriptions.lines(chapter).forEach(err::println);
            err.println("for example: ./workbook run " + chapter.number() + " " + first.name());
            return Workbook.USAGE;
        }
        return start(chapter, program, rest);
    }

    private int start(Chapter chapter, Program program, List<String> arguments) throws InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(program.jvmOptions());
        command.addAll(List.of("-cp", chapter.directory().resolve("target/classes").toString(), program.mainClass()));
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(workbook.session().root().directory().toFile())
                    .inheritIO().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + program.mainClass(), e);
        }
        // Ctrl-C reaches the program too (the terminal signals its whole process group); a
        // SIGTERM sent to this JVM alone does not: pass it on (destroy), then give the program
        // the time to run its own shutdown before this JVM ends.
        var waitForProgram = new Thread(() -> {
            try {
                process.destroy();
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(waitForProgram);
        try {
            return process.waitFor();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(waitForProgram);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the program, and that is all it does
            }
        }
    }
}

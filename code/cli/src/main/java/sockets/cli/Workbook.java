package sockets.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import sockets.exercises.ExerciseLauncher;

/**
 * The workbook's command line, which {@code ./workbook} and {@code workbook.cmd} start: one
 * command a class, students' in {@link sockets.cli.students}, teachers' in
 * {@link sockets.cli.teachers}, the tools in {@link sockets.cli.tools}. Exit status: 0 done, 1
 * something failed (a build, a test, the book), 2 a usage error, told in one sentence.
 */
@Command(name = "./workbook", subcommands = {
        sockets.cli.students.RunCommand.class, sockets.cli.students.ListCommand.class,
        sockets.cli.students.CheckCommand.class, sockets.cli.students.WatchCommand.class,
        sockets.cli.students.HintCommand.class, sockets.cli.students.ResetCommand.class,
        sockets.cli.students.ProgressCommand.class, sockets.cli.students.BookCommand.class,
        sockets.cli.teachers.HandoutCommand.class, sockets.cli.teachers.GradeCommand.class,
        sockets.cli.teachers.ReportCommand.class,
        sockets.cli.tools.SocketsCommand.class, sockets.cli.tools.CaptureCommand.class,
        sockets.cli.tools.BenchCommand.class, HelpWord.class},
        synopsisHeading = "usage: ", customSynopsis = "./workbook COMMAND [ARGS...]  (.\\workbook in PowerShell, workbook in cmd)",
        footer = {"./workbook COMMAND --help says more about each command.",
                "exit status: 0 done, 1 something failed (a build, a test, the book), 2 a usage error"})
public final class Workbook implements Callable<Integer> {

    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** The time one exercise test may take, in milliseconds, when not the default. */
    static final String TEST_TIMEOUT_PROPERTY = "workbook.test.timeout.ms";

    /** JUnit logs through java.util.logging; a student needs none of it. Kept so it is not collected. */
    private static final Logger JUNIT_LOG = Logger.getLogger("org.junit");

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "this text")
    boolean help;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final Session session;

    Workbook(Session session) {
        this.session = session;
    }

    /** What every command works with: the workbook, the streams, the test timeout. */
    public Session session() {
        return session;
    }

    public static void main(String[] args) {
        JUNIT_LOG.setLevel(Level.OFF);
        var session = new Session(WorkbookRoot.current(), System.in, System.out, System.err,
                Duration.ofMillis(Long.getLong(TEST_TIMEOUT_PROPERTY, ExerciseLauncher.DEFAULT_TIMEOUT.toMillis())));
        int status = switch (new FreshBuild(session.root()).ensure(System.err)) {
            case RUN -> run(session, args);
            case START_AGAIN -> FreshBuild.START_AGAIN;
            case BUILD_FAILED -> FAILED;
        };
        System.out.flush();
        // A test abandoned in a blocking call leaves its thread behind: exit does not wait for it.
        System.exit(status);
    }

    /** Runs one command line in this JVM and returns its exit status. */
    public static int run(Session session, String... args) {
        var commandLine = new CommandLine(new Workbook(session))
                .setOut(writer(session.out())).setErr(writer(session.err()))
                .setParameterExceptionHandler(new UsageErrors(session.err()))
                .setExecutionExceptionHandler(new FailureSentences(session.err()));
        commandLine.setUsageHelpWidth(100);
        commandLine.setHelpSectionKeys(CommandList.sectionKeys(commandLine));
        commandLine.getHelpSectionMap().put(CommandList.KEY, new CommandList());
        for (var sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().synopsisHeading("usage: ");
            if (sub.getCommand() instanceof PassesArgumentsOn) {
                // run 01 --help: what follows the chapter is the program's, --help included
                sub.setStopAtPositional(true);
                sub.setUnmatchedOptionsArePositionalParams(true);
            }
        }
        return commandLine.execute(args);
    }

    /** No command: the help, as {@code ./workbook --help} shows it. */
    @Override
    public Integer call() {
        spec.commandLine().usage(session.out());
        return DONE;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(stream, true);
    }
}

package sockets.cli.tools;

import com.sun.management.UnixOperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sockets.cli.Failure;
import sockets.cli.PassesArgumentsOn;
import sockets.cli.Workbook;
import sockets.loadgen.Bench;
import sockets.loadgen.HttpBench;
import sockets.loadgen.RedisBench;

/**
 * {@code ./workbook bench [OPTIONS]}, {@code ./workbook bench redis [OPTIONS]} and
 * {@code ./workbook bench http [OPTIONS]}: code/loadgen's Bench, RedisBench or HttpBench in a JVM
 * of their own, with the arguments as typed. The bench compiles the C reference servers first,
 * when gcc is here.
 */
@Command(name = "bench", customSynopsis = "./workbook bench [redis|http] [OPTIONS]", description = {
        "measure the echo servers (about 2 minutes); redis: chapter 16's",
        "server in both designs and real Redis under redis-benchmark;",
        "http: chapter 17's server and nginx under wrk",
})
public final class BenchCommand implements Callable<Integer>, PassesArgumentsOn {

    /** Descriptors for 10,000 connections in the generator, with room for the JVM's own. */
    static final long OPEN_FILES_NEEDED = 20_000;

    @ParentCommand
    Workbook workbook;

    @Parameters(arity = "0..*", hidden = true)
    List<String> arguments = new ArrayList<>();

    @Spec
    void help(CommandSpec spec) {
        ToolHelp.describe(spec, Bench.USAGE, "\n", RedisBench.USAGE, "\n", HttpBench.USAGE);
    }

    @Override
    public Integer call() throws InterruptedException {
        var session = workbook.session();
        if (!arguments.isEmpty() && arguments.getFirst().equals("redis")) {
            if (!Files.isDirectory(session.root().resolve("chapters/16-redis/target/classes"))) {
                throw new Failure("Chapter 16 is not built: run ./mvnw -q -pl chapters/16-redis -am process-classes.");
            }
            return new ChildJvm(session).run(RedisBench.class, arguments.subList(1, arguments.size()));
        }
        if (!arguments.isEmpty() && arguments.getFirst().equals("http")) {
            if (!Files.isDirectory(session.root().resolve("chapters/17-http/target/classes"))) {
                throw new Failure("Chapter 17 is not built: run ./mvnw -q -pl chapters/17-http -am process-classes.");
            }
            return new ChildJvm(session).run(HttpBench.class, arguments.subList(1, arguments.size()));
        }
        warnOfFewOpenFiles(session.err());
        new CServers(session.root(), System.getenv().getOrDefault("PATH", "")).compile(session.err());
        return new ChildJvm(session).run(Bench.class, arguments);
    }

    /**
     * HotSpot raises a JVM's soft limit of open files to the hard limit as it starts, on Linux and
     * macOS (MaxFDLimit, on by default): the bench's JVM gets the limit this one has. No limit
     * to tell on Windows.
     */
    private static void warnOfFewOpenFiles(PrintStream err) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                && unix.getMaxFileDescriptorCount() < OPEN_FILES_NEEDED) {
            err.println("bench: the open-file limit is " + unix.getMaxFileDescriptorCount() + " (ulimit -Hn); holding"
                    + " 10000 connections needs more than 10000, so expect failed connects.");
        }
    }
}

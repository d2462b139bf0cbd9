package sockets.wire;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./workbook capture NN [--write FILE] [--seconds N] [PROGRAM] [ARGS...]}: runs a chapter's
 * program in a private network namespace and shows every packet on its loopback. It finds the
 * program as {@code ./workbook run} does, then starts {@link Capture} under {@code unshare -rn}.
 */
public final class CaptureCommand {

    public static final String USAGE = """
            usage: ./workbook capture NN [--write FILE] [--seconds N] [PROGRAM] [ARGS...]
              Runs chapter NN's program (its first one unless PROGRAM is named) in a private
              network namespace of its own (unshare -rn, no root needed) and captures every
              packet on that namespace's loopback: one line per packet, tcpdump style, when
              the program ends, and a pcap file for Wireshark or tshark.
              A server gets a client: when PROGRAM is 'server' and the chapter has a 'client',
              the client runs against it as soon as it prints 'listening on HOST:PORT', and
              the capture ends once the client has exited and the wire is quiet.
              --write FILE  where the pcap goes (default target/capture/NN-PROGRAM.pcap)
              --seconds N   stop the program after N seconds at most (default 60)
            """;

    private CaptureCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(Path.of("."), List.of(args), System.out, System.err));
    }

    /**
     * The command, for the arguments typed after {@code capture}: the capture inherits this
     * process's stdio. Returns its exit status, 1 when it cannot run here, 2 a usage error.
     */
    public static int run(Path root, List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.getFirst().equals("--help")) {
            out.print(USAGE);
            return 0;
        }
        try {
            var command = command(root, args);
            var refusal = Namespace.refusal();
            if (refusal.isPresent()) {
                err.println("./workbook capture cannot run here: " + refusal.get());
                return 1;
            }
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("could not start the capture: " + e.getMessage() + ".");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    // tag::command[]
    /**
     * The whole command line: {@code unshare -rn java ... sockets.wire.Capture ...}, for the
     * arguments the user typed after {@code capture}, the workbook's folder being {@code root}.
     */
    public static List<String> command(Path root, List<String> args) {
        if (args.isEmpty() || !args.getFirst().matches("\\d{1,2}")) {
            throw new IllegalArgumentException("Give a chapter number, for example: ./workbook capture 04 server.");
        }
        var chapter = ChapterPrograms.directory(root, Integer.parseInt(args.getFirst()));
        var programs = ChapterPrograms.of(chapter);
        var rest = new ArrayList<>(args.subList(1, args.size()));
        Path pcap = null;
        int seconds = 60;
        while (!rest.isEmpty() && (rest.getFirst().equals("--write") || rest.getFirst().equals("--seconds"))) {
            if (rest.size() < 2) {
                throw new IllegalArgumentException(rest.getFirst() + " needs a value.");
            }
            var option = rest.removeFirst();
            var value = rest.removeFirst();
            if (option.equals("--write")) {
                pcap = Path.of(value);
            } else {
                seconds = seconds(value);
            }
        }
        var program = !rest.isEmpty() && programs.containsKey(rest.getFirst())
                ? programs.get(rest.removeFirst())
                : programs.values().iterator().next();
        if (pcap == null) {
            pcap = root.resolve("target/capture/" + chapter.getFileName().toString().substring(0, 2)
                    + "-" + program.name() + ".pcap").normalize();
        }
        var classes = chapter.resolve("target/classes").toAbsolutePath().normalize();
        var inside = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-cp", ownClassPath(), Capture.class.getName(),
                "--write", pcap.toString(), "--seconds", Integer.toString(seconds), "--program"));
        words(inside, javaCommand(program, classes));
        words(inside, rest);
        var client = programs.get("client");
        if (program.name().equals("server") && client != null) {
            inside.add("--client");
            words(inside, javaCommand(client, classes));
        }
        return Namespace.command(inside);
    }
    // end::command[]

    private static void words(List<String> command, List<String> words) {
        for (var word : words) {
            command.add("--word");
            command.add(word);
        }
    }

    private static List<String> javaCommand(ChapterPrograms.Program program, Path classes) {
        var command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData"));
        command.addAll(program.jvmOptions());
        command.addAll(List.of("-cp", classes.toString(), program.mainClass()));
        return command;
    }

    private static int seconds(String value) {
        long seconds = value.matches("[+-]?\\d{1,18}") ? Long.parseLong(value) : 0;
        if (seconds < 1 || seconds > 3600) {
            throw new IllegalArgumentException("--seconds takes a number of seconds from 1 to 3600, not '" + value + "'.");
        }
        return (int) seconds;
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Where this class was loaded from: the capture runs from the same classes. */
    private static String ownClassPath() {
        try {
            return Path.of(CaptureCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no class path for the capture", e);
        }
    }
}

package sockets.wire;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The part of {@code ./workbook capture} that runs inside the private namespace: it brings up
 * the loopback, opens the packet socket, starts the chapter's program as a child (same
 * namespace), and for a server the chapter's client too, once the server listens. When the
 * program (or the client) has exited and the wire has gone quiet, or time is up, it prints a
 * line per packet and leaves the pcap file. {@link CaptureCommand} starts it.
 */
public final class Capture {

    /** What to run: the program's command, and the client's without its --host/--port. */
    record Plan(Path pcap, Duration limit, List<String> program, List<String> client) {
    }

    /** Silence on the wire that says a conversation is over (the last ACK has crossed). */
    static final Duration QUIET = Duration.ofMillis(300);

    private Capture() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(parse(args), System.out));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** Arguments: --write FILE --seconds N --program WORDS... [--client WORDS...], each word once. */
    static Plan parse(String[] args) {
        Path pcap = null;
        int seconds = 60;
        var program = new ArrayList<String>();
        var client = new ArrayList<String>();
        List<String> target = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--write" -> pcap = Path.of(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--program" -> target = program;
                case "--client" -> target = client;
                case "--word" -> target.add(args[++i]);
                default -> throw new IllegalArgumentException("Capture does not know " + args[i] + ".");
            }
        }
        if (pcap == null || program.isEmpty()) {
            throw new IllegalArgumentException("Capture needs --write FILE and --program.");
        }
        return new Plan(pcap, Duration.ofSeconds(seconds), program, client);
    }

    // tag::run[]
    static int run(Plan plan, PrintStream out) {
        try {
            Namespace.bringUpLoopback();
            try (var recording = Recording.start(PacketSocket.open(100),
                    PcapWriter.create(plan.pcap()))) {
                // Ctrl-C reaches every process of the terminal: the programs end, and so do we,
                // after printing what crossed the wire so far.
                var printed = new CompletableFuture<Void>();
                var hook = Thread.ofPlatform()
                        .unstarted(() -> report(recording, plan, out, printed));
                Runtime.getRuntime().addShutdownHook(hook);
                runPrograms(plan, recording, out);
                Runtime.getRuntime().removeShutdownHook(hook);
                report(recording, plan, out, printed);
            }
            return 0;
        } catch (IOException e) {
            System.err.println("the capture failed: " + e.getMessage() + ".");
            return 1;
        } catch (InterruptedException e) {
            System.err.println("the capture was interrupted.");
            return 1;
        }
    }
    // end::run[]

    private static void runPrograms(Plan plan, Recording recording, PrintStream out)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + plan.limit().toNanos();
        boolean withClient = !plan.client().isEmpty();
        var listening = new CompletableFuture<List<String>>();
        var program = ChildProgram.start(plan.program(), withClient ? "server| " : "", out, listening, !withClient);
        if (withClient) {
            try {
                var where = listening.get(remaining(deadline), TimeUnit.NANOSECONDS);
                var command = new ArrayList<>(plan.client());
                command.addAll(List.of("--host", where.get(0), "--port", where.get(1)));
                ChildProgram.start(command, "client| ", out, new CompletableFuture<>(), true).awaitOrStop(deadline);
            } catch (ExecutionException | TimeoutException e) {
                out.println("(the server printed no 'listening on HOST:PORT' line"
                        + (program.process().isAlive() ? " in time" : " before it exited") + ", so no client ran)");
            }
            // The client is done; once the last FIN and ACK have crossed, stop the server.
            recording.awaitQuiet(QUIET, Duration.ofSeconds(3));
            program.stop();
        } else {
            program.awaitOrStop(deadline);
        }
        recording.awaitQuiet(QUIET, Duration.ofSeconds(3));
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    /** The lines, once: at the end, or from the shutdown hook if Ctrl-C came first. */
    private static void report(Recording recording, Plan plan, PrintStream out, CompletableFuture<Void> printed) {
        synchronized (printed) {
            if (printed.isDone()) {
                return;
            }
            printed.complete(null);
        }
        recording.flush();
        var packets = recording.packets();
        out.println();
        out.println("the wire (lo), " + packets.size() + " packets:");
        if (!packets.isEmpty()) {
            var lines = new TcpdumpLine(packets.getFirst().time());
            packets.forEach(packet -> out.println(lines.format(packet)));
        }
        // As tcpdump ends: what the kernel could not hand over is missing from the lines above.
        out.println(recording.statistics().drops() + " packets dropped by kernel (receive buffer: "
                + recording.receiveBuffer() + " bytes)");
        // Two lines, so that each fits the book's code column (chapter 04's transcript).
        out.println("written to " + plan.pcap());
        out.println("open it with Wireshark, or: tshark -r " + plan.pcap());
        out.flush();
    }
}

package sockets.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./workbook bench}: every echo server design of the book, one after the other, under the
 * same load generator on loopback. For each: connections held at once (hold mode, with the
 * server's memory read while they are held), then round trips of 64-byte lines on a hundred
 * connections (pingpong mode). Then one table.
 */
public final class Bench {

    static final String USAGE = """
            usage: ./workbook bench [--hold N] [--pingpong N] [--seconds S]
              Runs each echo server design as a child process on 127.0.0.1 and measures it
              with the load generator: N connections held (default 10000), then ping-pong on
              N connections (default 100), S seconds each (default 4), about two minutes in all.
            """;

    /** One server design: its name in the table, and the command that starts it on port 0. */
    record Design(String name, List<String> command, Path needs) {
    }

    private Bench() {
    }

    public static void main(String[] args) throws IOException {
        if (LoadOptions.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        int hold = 10_000;
        int pingPong = 100;
        int seconds = 4;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--hold" -> hold = Integer.parseInt(args[i + 1]);
                case "--pingpong" -> pingPong = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("unknown argument '" + args[i] + "' (try --help).");
                    System.exit(2);
                }
            }
        }
        var rows = new ArrayList<String>();
        rows.add(String.format("%-28s %8s %7s %7s %10s %8s %8s %9s %7s", "design", "held", "failed",
                "errors", "rt/s", "p50", "p99", "RSS held", "CPU/rt"));
        for (var design : designs(Path.of("").toAbsolutePath())) {
            if (!Files.exists(design.needs())) {
                rows.add(String.format("%-28s skipped: %s is missing (not built)", design.name(), design.needs()));
                continue;
            }
            System.err.println("bench: " + design.name() + "...");
            rows.add(measure(design, hold, pingPong, Duration.ofSeconds(seconds)));
        }
        System.out.println();
        rows.forEach(System.out::println);
        System.out.printf("%nheld: of %d connections, those open at the end whose first line came back;"
                + " failed: connects%nrefused or not done in %d s; errors: wrong echoes or"
                + " connections the server closed; rt/s, p50, p99:%nround trips of %d-byte lines on"
                + " %d connections, after a 2 s warm-up; RSS: server memory while holding;%nCPU/rt:"
                + " server CPU time (user + system) in the ping-pong run per round trip, in microseconds.%n",
                hold, LoadGenerator.CONNECT_TIMEOUT.toSeconds(), 64, pingPong);
    }

    static List<Design> designs(Path root) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var ch06 = root.resolve("chapters/06-send-and-receive/target/classes");
        var ch08 = root.resolve("chapters/08-thread-per-client/target/classes");
        var ch10 = root.resolve("chapters/10-pools-and-virtual-threads/target/classes");
        var ch13 = root.resolve("chapters/13-non-blocking-io/target/classes");
        var c = root.resolve("code/bench-c/target");
        return List.of(
                new Design("06 iterative (Java)", List.of(java, "-cp", ch06.toString(),
                        "sockets.ch06.EchoServer"), ch06.resolve("sockets/ch06/EchoServer.class")),
                new Design("08 thread per client (Java)", List.of(java, "-cp", ch08.toString(),
                        "sockets.ch08.ThreadedEchoServer", "--max-clients", "10000"),
                        ch08.resolve("sockets/ch08/ThreadedEchoServer.class")),
                new Design("10 pool of 200 (Java)", List.of(java, "-cp", ch10.toString(),
                        "sockets.ch10.EchoServer", "--executor", "pool", "--pool-size", "200",
                        "--queue", "10000"), ch10.resolve("sockets/ch10/EchoServer.class")),
                new Design("10 virtual threads (Java)", List.of(java, "-cp", ch10.toString(),
                        "sockets.ch10.EchoServer"), ch10.resolve("sockets/ch10/EchoServer.class")),
                // The same server with one carrier thread: where the generator shares the
                // machine, carriers that steal work from each other cost more than they give.
                new Design("10 virtual, 1 carrier (Java)", List.of(java,
                        "-Djdk.virtualThreadScheduler.parallelism=1", "-cp", ch10.toString(),
                        "sockets.ch10.EchoServer"), ch10.resolve("sockets/ch10/EchoServer.class")),
                new Design("13 selector, one thread (Java)", List.of(java, "-cp", ch13.toString(),
                        "sockets.ch13.SelectorServer"), ch13.resolve("sockets/ch13/SelectorServer.class")),
                new Design("C thread per client", List.of(c.resolve("thread_per_client_echo").toString(),
                        "0"), c.resolve("thread_per_client_echo")),
                new Design("C epoll, one thread", List.of(c.resolve("epoll_echo").toString(), "0"),
                        c.resolve("epoll_echo")));
    }

    private static String measure(Design design, int hold, int pingPong, Duration time) {
        try (var server = new ServerProcess(design.command())) {
            int port = server.awaitPort(Duration.ofSeconds(15));
            var address = new java.net.InetSocketAddress("127.0.0.1", port);
            long[] rss = {-1};
            var held = LoadGenerator.run(new LoadOptions(address, hold, time, 64,
                    LoadOptions.Mode.HOLD, Duration.ZERO), () -> rss[0] = server.residentKiB());
            // Two seconds of ping-pong not counted, so that the JIT has compiled the echo
            // path; then the measured run, and the server's CPU time around it.
            LoadGenerator.run(new LoadOptions(address, pingPong, Duration.ofSeconds(2), 64,
                    LoadOptions.Mode.PINGPONG, Duration.ZERO), () -> { });
            long cpuBefore = server.cpuMillis();
            long[] cpu = {-1};
            var pp = LoadGenerator.run(new LoadOptions(address, pingPong, time, 64,
                    LoadOptions.Mode.PINGPONG, Duration.ZERO), () -> cpu[0] = server.cpuMillis());
            return String.format("%-28s %8d %7d %7d %10.0f %8s %8s %9s %7s", design.name(), held.held(),
                    held.failedConnects() + pp.failedConnects(),
                    held.echoErrors() + held.lost() + pp.echoErrors() + pp.lost(), pp.perSecond(),
                    Latencies.shown(pp.p50Micros()), Latencies.shown(pp.p99Micros()),
                    rss[0] < 0 ? "-" : (rss[0] / 1024) + " MiB",
                    cpu[0] < 0 || cpuBefore < 0 || pp.roundTrips() == 0 ? "-"
                            : String.format("%.1f", (cpu[0] - cpuBefore) * 1000.0 / pp.roundTrips()));
        } catch (IOException e) {
            return String.format("%-28s failed: %s", design.name(), e.getMessage());
        }
    }
}

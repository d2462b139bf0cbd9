package sockets.loadgen;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./workbook bench}: every echo server design of the book, one after the other, under the
 * same load generator on loopback. For each: connections held at once (hold mode, with the
 * server's memory read while they are held), then round trips of 64-byte lines on a hundred
 * connections and on a thousand (pingpong mode). Then two tables.
 */
public final class Bench {

    public static final String USAGE = """
            usage: ./workbook bench [--hold N] [--pingpong N,N...] [--seconds S] [--only A,B...]
              Runs each echo server design as a child process on 127.0.0.1 and measures it
              with the load generator: N connections held (default 10000; 0 skips it), then
              ping-pong on each number of connections (default 100,1000), S seconds each
              (default 4) after a warm-up that lasts until the JVM's JIT compiler is done
              (2 to 3 s on a quiet machine, up to 15 s on a busy one): three minutes or more.
              --only runs the designs whose names contain one of the words (--only 13,10),
              and the C epoll server, which every rate is compared with.
            """;

    /** Ping-pong on a hundred connections, then on a thousand: where the designs part ways. */
    static final int[] DEFAULT_PING_PONG = {100, 1000};
    static final int MOST_WARM_UP_SECONDS = 15;

    private Bench() {
    }

    public static void main(String[] args) throws IOException {
        if (LoadOptions.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        int hold = 10_000;
        int[] pingPong = DEFAULT_PING_PONG.clone();
        int seconds = 4;
        List<String> only = List.of();
        for (int i = 0; i < args.length; i += 2) {
            var value = i + 1 < args.length ? args[i + 1] : "";
            try {
                switch (args[i]) {
                    case "--hold" -> hold = Integer.parseInt(value);
                    case "--pingpong" -> pingPong = Arrays.stream(value.split(","))
                            .mapToInt(Integer::parseInt).toArray();
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    case "--only" -> only = List.of(value.toLowerCase(Locale.ROOT).split(","));
                    default -> {
                        System.err.println("unknown argument '" + args[i] + "' (try --help).");
                        System.exit(2);
                    }
                }
            } catch (NumberFormatException e) {
                System.err.println(args[i] + " needs a number, not '" + value + "' (try --help).");
                System.exit(2);
            }
        }
        var results = new ArrayList<BenchTable.Result>();
        var skipped = new ArrayList<String>();
        for (var design : Design.all(Path.of("").toAbsolutePath())) {
            var name = design.name().toLowerCase(Locale.ROOT);
            if (!only.isEmpty() && !name.contains("epoll") && only.stream().noneMatch(name::contains)) {
                continue;
            }
            if (!Files.exists(design.needs())) {
                skipped.add(design.name() + " skipped: " + design.needs() + " is missing (not built)");
                continue;
            }
            System.err.println("bench: " + design.name() + "...");
            try {
                results.add(measure(design, hold, pingPong, Duration.ofSeconds(seconds)));
            } catch (IOException e) {
                skipped.add(design.name() + " failed: " + e.getMessage());
            }
        }
        System.out.println();
        BenchTable.print(System.out, results, skipped, hold, pingPong, seconds);
    }

    private static BenchTable.Result measure(Design design, int hold, int[] pingPong, Duration time)
            throws IOException {
        try (var server = new ServerProcess(design.command())) {
            int port = server.awaitPort(Duration.ofSeconds(15));
            var address = new InetSocketAddress("127.0.0.1", port);
            long[] rss = {-1};
            LoadReport held = null;
            if (hold > 0) {
                held = LoadGenerator.run(new LoadOptions(address, hold, time, 64,
                        LoadOptions.Mode.HOLD, Duration.ZERO), () -> rss[0] = server.residentKiB());
            }
            var runs = new ArrayList<BenchTable.PingPong>();
            for (int connections : pingPong) {
                warmUp(server, address, connections);
                // The measured run: its first second, while the connections open, not counted
                // (the hold run measured that), then the server's CPU time around the rest.
                long[] cpu = {-1, -1};
                var report = LoadGenerator.run(new LoadOptions(address, connections,
                                time.plusSeconds(1), 64, LoadOptions.Mode.PINGPONG, Duration.ofSeconds(1)),
                        () -> cpu[0] = server.cpuMillis(), () -> cpu[1] = server.cpuMillis());
                runs.add(new BenchTable.PingPong(report, cpu[0] < 0 || cpu[1] < 0 || report.roundTrips() == 0
                        ? -1 : (cpu[1] - cpu[0]) * 1000.0 / report.roundTrips()));
            }
            return new BenchTable.Result(design, held, rss[0], runs);
        }
    }

    /**
     * Ping-pong not counted, a second at a time, until the JIT has compiled the server's echo
     * path: until two seconds in a row in which its compiler threads took less than a
     * twentieth of its CPU time (at most 15 s; one quiet second was not enough, C2 often
     * went on). Each second opens and closes its connections, so the paths for those are
     * compiled too; a path first taken in the measured run would make the JIT throw compiled
     * code away and compile again. On a busy machine the compiler takes seconds.
     */
    private static void warmUp(ServerProcess server, InetSocketAddress address, int connections)
            throws IOException {
        int quiet = 0;
        for (int second = 0; second < MOST_WARM_UP_SECONDS; second++) {
            long compiled = server.compilerMillis();
            long used = server.cpuMillis();
            LoadGenerator.run(new LoadOptions(address, connections, Duration.ofSeconds(1), 64,
                    LoadOptions.Mode.PINGPONG, Duration.ZERO), () -> { });
            boolean compiling = 20 * (server.compilerMillis() - compiled) > server.cpuMillis() - used;
            quiet = compiling ? 0 : quiet + 1;
            if (quiet == 2) {
                System.err.printf("bench:   %d connections: warm after %d s%n", connections, second + 1);
                return;
            }
        }
        System.err.printf("bench:   %d connections: the JIT still compiled after %d s%n", connections,
                MOST_WARM_UP_SECONDS);
    }
}

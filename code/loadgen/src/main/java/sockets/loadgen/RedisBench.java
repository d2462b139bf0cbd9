package sockets.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./workbook bench redis}: Redis's own load generator, redis-benchmark, against chapter
 * 16's server in both designs and against real Redis (Debian's redis-server, when installed),
 * one after the other on loopback, with and without pipelining; then one table of requests per
 * second and the ratio of each design to Redis.
 */
public final class RedisBench {

    public static final String USAGE = """
            usage: ./workbook bench redis [--requests N] [--clients N]
              Runs redis-benchmark -t ping,set,get,incr -c CLIENTS -n N, then again with -P 16,
              against chapter 16's server (--design virtual, then --design selector) and
              against redis-server on another loopback port (--save '' --appendonly no), when
              installed. Each server first gets warm-up runs that are not counted (the JIT
              compiles the Java servers' hot paths meanwhile). Defaults: N 100000, CLIENTS 50.
            """;

    static final List<String> TESTS = List.of("PING_INLINE", "PING_MBULK", "SET", "GET", "INCR");

    /** A server to measure: its name in the table and the command that starts it on {@code port}. */
    record Target(String name, List<String> command) { }

    private RedisBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (LoadOptions.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        int requests = 100_000;
        int clients = 50;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("unknown argument '" + args[i] + "' (try --help).");
                    System.exit(2);
                }
            }
        }
        if (!BenchTools.onPath("redis-benchmark")) {
            System.err.println("bench redis: redis-benchmark is not installed (Debian: apt-get install redis-tools).");
            System.exit(1);
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var classes = Path.of("chapters/16-redis/target/classes").toAbsolutePath().toString();
        var targets = new ArrayList<Target>();
        for (var design : List.of("virtual", "selector")) {
            targets.add(new Target(design, List.of(java, "-cp", classes, "sockets.ch16.RedisServer",
                    "--design", design, "--port")));
        }
        if (BenchTools.onPath("redis-server")) {
            targets.add(new Target("redis", List.of("redis-server", "--bind", "127.0.0.1", "--save", "",
                    "--appendonly", "no", "--port")));
        } else {
            System.err.println("bench redis: redis-server is not installed, so there is no Redis to compare with.");
        }
        // results.get(target).get("SET -P 16") = requests per second
        var results = new LinkedHashMap<String, Map<String, Double>>();
        for (var target : targets) {
            System.err.println("bench redis: " + target.name() + "...");
            results.put(target.name(), measure(target, requests, clients));
        }
        System.out.println();
        System.out.print(RedisBenchTable.of(results, TESTS));
        System.out.printf("%nrequests per second from redis-benchmark -c %d -n %d (and -P 16), one run each;"
                + "%n%s: the server's CPU time (user + system) per request, in microseconds, over the"
                + "%nfive tests of the run, and of it, in the kernel (system); x: the ratio to Redis."
                + "%nMeasured one after another on this machine's loopback.%n", clients, requests,
                RedisBenchTable.CPU);
    }

    private static Map<String, Double> measure(Target target, int requests, int clients)
            throws IOException, InterruptedException {
        int port = BenchTools.freePort();
        var command = new ArrayList<>(target.command());
        command.add(String.valueOf(port));
        var server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        var rps = new LinkedHashMap<String, Double>();
        try {
            BenchTools.awaitConnect(port, Duration.ofSeconds(20));
            // Warm-up, not counted: both ways, so that the JIT has compiled the Java servers'
            // paths for one command a read and for many before the clock starts.
            benchmark(port, clients, Math.max(requests / 5, 1000), 1);
            benchmark(port, clients, requests, 16);
            for (int pipeline : new int[] {1, 16}) {
                var suffix = pipeline == 1 ? "" : " -P 16";
                var before = BenchTools.cpuTicks(server.pid());
                benchmark(port, clients, requests, pipeline).forEach((test, value) -> rps.put(test + suffix, value));
                var after = BenchTools.cpuTicks(server.pid());
                if (before[0] >= 0 && after[0] >= 0) {
                    // a tick is 10 ms, 10,000 us; five tests of N requests each
                    double perRequest = 10_000.0 / (5.0 * requests);
                    rps.put(RedisBenchTable.CPU + suffix, (after[0] - before[0] + after[1] - before[1]) * perRequest);
                    rps.put(RedisBenchTable.SYSTEM + suffix, (after[1] - before[1]) * perRequest);
                }
            }
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        return rps;
    }

    /** One redis-benchmark run; its CSV lines, {@code "SET","123456.78",...}, as test to rps. */
    private static Map<String, Double> benchmark(int port, int clients, int requests, int pipeline)
            throws IOException, InterruptedException {
        var process = new ProcessBuilder("redis-benchmark", "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-t", "ping,set,get,incr", "-c", String.valueOf(clients), "-n", String.valueOf(requests),
                "-P", String.valueOf(pipeline), "--csv").redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("redis-benchmark failed: " + output.strip());
        }
        var rps = new LinkedHashMap<String, Double>();
        for (var line : output.split("\n")) {
            var fields = line.replace("\"", "").split(",");
            if (fields.length > 1 && TESTS.contains(fields[0])) {
                rps.put(fields[0], Double.parseDouble(fields[1]));
            }
        }
        return rps;
    }
}

package sockets.loadgen;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * {@code ./workbook bench http}: wrk, a load generator nobody here wrote, against chapter 17's
 * server and against nginx serving the same bytes on another loopback port, both warmed up,
 * then in rounds that alternate them; then one table of requests per second, the ratio to nginx
 * and each server's CPU time per request.
 */
public final class HttpBench {

    public static final String USAGE = """
            usage: ./workbook bench http [--connections N] [--threads T] [--seconds S] [--rounds R]
                   [--warmup W] [--small /PATH] [--root DIR] [--nginx PROGRAM]
              Runs wrk -t T -c N -d S (keep-alive: each connection sends its next request once
              the response is in) against chapter 17's server and against nginx, each on a
              loopback port of its own and serving a copy of the same folder (--root, default
              chapters/17-http/site) with a 1 MiB file added: on the small file (--small, default
              /index.html) and on /bench-1mib.bin. Each server is first warmed up on both files,
              W seconds at least and longer while the JIT still compiles chapter 17's server;
              then R rounds, each running both servers one right after the other (the order
              alternating). nginx runs as you, in a temporary folder, worker_processes auto
              (a worker per core, as chapter 17 has a carrier thread per core), no access log.
              Defaults: N 50, T 2, S 5, R 5, W 5: about two minutes. Needs wrk (Debian: apt-get
              install wrk); without nginx (apt-get install nginx-light) chapter 17 runs alone.
            """;

    /** Seconds of JIT compiling the warm-up waits out after its W seconds, at most. */
    static final int MOST_EXTRA_WARM_UP = 30;

    /** A server under measurement: its name in the table, its port, its CPU time and its JIT's so far. */
    record Target(String name, int port, LongSupplier cpuMillis, LongSupplier compilerMillis) {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }

    private HttpBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (LoadOptions.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        HttpBenchOptions options;
        try {
            options = HttpBenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        var path = System.getenv().getOrDefault("PATH", "");
        var wrk = BenchTools.find("wrk", path, List.of());
        if (wrk.isEmpty()) {
            System.err.println("bench http: wrk is not installed (Debian: apt-get install wrk; macOS: brew install wrk).");
            System.exit(1);
        }
        var nginx = options.nginx() != null
                ? Optional.of(options.nginx()).filter(Files::isExecutable)
                : BenchTools.find("nginx", path, BenchTools.SERVER_FOLDERS);
        if (nginx.isEmpty()) {
            System.err.println("bench http: " + (options.nginx() != null ? "there is no program " + options.nginx()
                    : "nginx is not installed (Debian: apt-get install nginx-light; macOS: brew install nginx)")
                    + ", so chapter 17's server runs alone, with nothing to compare it with.");
        }
        var classes = Path.of("chapters/17-http/target/classes").toAbsolutePath();
        if (!Files.exists(classes.resolve("sockets/ch17/HttpServer.class"))) {
            System.err.println("bench http: chapter 17 is not built: run ./mvnw -q -pl chapters/17-http -am process-classes.");
            System.exit(1);
        }
        var small = options.root().resolve(options.small().substring(1));
        if (!Files.isRegularFile(small)) {
            System.err.println("bench http: there is no file " + small + " to serve (--root DIR, --small /PATH).");
            System.exit(1);
        }
        var files = List.of(options.small(), BenchSite.LARGE);
        var runs = new LinkedHashMap<String, Map<String, List<HttpBenchTable.Run>>>();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (var site = BenchSite.copyOf(options.root());
             var ours = new ServerProcess(List.of(java, "-cp", classes.toString(), "sockets.ch17.HttpServer",
                     "--host", "127.0.0.1", "--port", "0", "--root", site.site().toString()));
             var theirs = nginx.isPresent() ? NginxServer.start(nginx.get(), site.site(), site.nginxFolder()) : null) {
            var targets = new ArrayList<Target>();
            targets.add(new Target("ch17", ours.awaitPort(Duration.ofSeconds(30)), ours::cpuMillis, ours::compilerMillis));
            if (theirs != null) {
                targets.add(new Target(HttpBenchTable.NGINX, theirs.port(), theirs::cpuMillis, () -> 0));
            }
            var labels = new LinkedHashMap<String, String>();
            for (var file : files) {
                labels.put(file, file + ", " + size(Files.size(site.site().resolve(file.substring(1)))));
                runs.put(labels.get(file), new LinkedHashMap<>());
                targets.forEach(target -> runs.get(labels.get(file)).put(target.name(), new ArrayList<>()));
            }
            for (var target : targets) {
                warmUp(target, files, wrk.get(), options);
            }
            for (int round = 0; round < options.rounds(); round++) {
                System.err.printf("bench http: round %d of %d%n", round + 1, options.rounds());
                // A B, then B A: a load on the machine that grows or shrinks meanwhile
                // weighs on both servers alike.
                var order = round % 2 == 0 ? targets : targets.reversed();
                for (var file : files) {
                    for (var target : order) {
                        runs.get(labels.get(file)).get(target.name()).add(measure(target, file, wrk.get(), options));
                    }
                }
            }
        }
        var system = ManagementFactory.getOperatingSystemMXBean();
        System.out.println();
        System.out.print(HttpBenchTable.of(runs));
        System.out.printf(Locale.ROOT, """

                wrk -t %d -c %d -d %ds on 127.0.0.1, %d rounds each running the servers one right after
                the other, after a warm-up. req/s: the median of the rounds; spread: (highest - lowest)
                / median; x nginx: chapter 17's rate over nginx's in the same round, median and range;
                CPU us/req: the server's CPU time (user + system; nginx's master and workers) a request,
                median, in microseconds (Linux); errors: wrk's socket errors and answers not 2xx or 3xx.
                Load average before %.2f, after %.2f, on %d cores: where other work shares the machine,
                the rates move with it; CPU us/req much less.
                """, options.threads(), options.connections(), options.seconds(), options.rounds(),
                loadBefore, system.getSystemLoadAverage(), system.getAvailableProcessors());
    }

    /**
     * Runs not counted, a second on each file at a time: W seconds, then on while the JIT's
     * compiler threads took more than a twentieth of the server's CPU time in the last pass
     * (for nginx, compiled ahead of time, W seconds). Code the JIT compiles while it is measured
     * makes a server look slower than it is.
     */
    private static void warmUp(Target target, List<String> files, Path wrk, HttpBenchOptions options)
            throws IOException, InterruptedException {
        if (options.warmUp() == 0) {
            return;
        }
        int spent = 0;
        while (true) {
            long compiled = target.compilerMillis().getAsLong();
            long used = target.cpuMillis().getAsLong();
            for (var file : files) {
                WrkReport.run(wrk, target.url(file), options.threads(), options.connections(), 1);
                spent++;
            }
            boolean compiling = compiled >= 0 && used >= 0 && 20 * (target.compilerMillis().getAsLong() - compiled)
                    > target.cpuMillis().getAsLong() - used;
            if (spent >= options.warmUp() && !compiling) {
                System.err.printf("bench http: %s warm after %d s%n", target.name(), spent);
                return;
            }
            if (spent >= options.warmUp() + MOST_EXTRA_WARM_UP) {
                System.err.printf("bench http: %s: the JIT still compiled after %d s%n", target.name(), spent);
                return;
            }
        }
    }

    private static HttpBenchTable.Run measure(Target target, String file, Path wrk, HttpBenchOptions options)
            throws IOException, InterruptedException {
        long before = target.cpuMillis().getAsLong();
        var report = WrkReport.run(wrk, target.url(file), options.threads(), options.connections(), options.seconds());
        long after = target.cpuMillis().getAsLong();
        double cpuMicros = before < 0 || after < 0 || report.requests() == 0 ? -1
                : (after - before) * 1000.0 / report.requests();
        return new HttpBenchTable.Run(report.perSecond(), cpuMicros, report.errors());
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B"
                : bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}

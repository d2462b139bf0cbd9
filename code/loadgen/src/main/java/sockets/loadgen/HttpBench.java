package sockets.loadgen;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
              Defaults: N 50, T 2, S 5, R 5, W 5: two to three minutes. Needs wrk (Debian:
              apt-get install wrk); nginx (apt-get install nginx-light) is looked for on the
              PATH, then in /usr/sbin, /sbin, /usr/local/sbin, /usr/local/nginx/sbin, or named
              with --nginx; without it, chapter 17's server is measured alone.
            """;

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
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<String, Map<String, List<HttpBenchTable.Run>>> runs;
        try {
            runs = HttpRounds.measure(options, wrk.get(), nginx, classes);
        } catch (IOException e) {
            System.err.println("bench http: " + e.getMessage() + ".");
            System.exit(1);
            return;
        }
        var system = ManagementFactory.getOperatingSystemMXBean();
        System.out.println();
        System.out.print(HttpBenchTable.of(runs));
        System.out.printf(Locale.ROOT, """

                wrk -t %d -c %d -d %ds on 127.0.0.1, %d rounds after a warm-up of %d s or more, each round
                running the servers one right after the other. req/s: the median of the rounds; spread:
                (highest - lowest) / median; x nginx: chapter 17's rate over nginx's in the same round,
                median and range; CPU us/req: the server's CPU time (user + system; nginx's master and
                workers) a request, median, in microseconds (Linux); errors: wrk's socket errors and
                answers not 2xx or 3xx. Load average before %.2f, after %.2f, on %d cores: where other
                work shares the machine, the rates move with it; compare CPU us/req too.
                """, options.threads(), options.connections(), options.seconds(), options.rounds(),
                options.warmUp(), loadBefore, system.getSystemLoadAverage(), system.getAvailableProcessors());
    }

    /** A file's size as the table shows it: 51 B, 1.7 KiB, 1.0 MiB. */
    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B"
                : bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}

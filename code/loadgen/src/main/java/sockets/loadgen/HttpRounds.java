package sockets.loadgen;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What {@link HttpBench} measures: both servers started on a copy of the site, each file checked
 * to arrive as the same bytes from both, both warmed up, then the rounds, in each of which every
 * server gets the same wrk run on each file, one server right after the other.
 */
final class HttpRounds {

    /** Seconds of JIT compiling the warm-up waits out after its W seconds, at most. */
    static final int MOST_EXTRA_WARM_UP = 30;

    /** A server under measurement: its name in the table, its port, its CPU time and its JIT's so far. */
    record Target(String name, int port, LongSupplier cpuMillis, LongSupplier compilerMillis) {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }

    private HttpRounds() {
    }

    /** @return by file label ("/index.html, 1.7 KiB"), then by server, its runs in the order of the rounds */
    static Map<String, Map<String, List<HttpBenchTable.Run>>> measure(HttpBenchOptions options, Path wrk,
            Optional<Path> nginx, Path classes) throws IOException, InterruptedException {
        var files = List.of(options.small(), BenchSite.LARGE);
        var runs = new LinkedHashMap<String, Map<String, List<HttpBenchTable.Run>>>();
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
                var bytes = Files.readAllBytes(site.site().resolve(file.substring(1)));
                for (var target : targets) {
                    checkServes(target, file, bytes);
                }
                labels.put(file, file + ", " + HttpBench.size(bytes.length));
                runs.put(labels.get(file), new LinkedHashMap<>());
                targets.forEach(target -> runs.get(labels.get(file)).put(target.name(), new ArrayList<>()));
            }
            for (var target : targets) {
                warmUp(target, files, wrk, options);
            }
            for (int round = 0; round < options.rounds(); round++) {
                System.err.printf("bench http: round %d of %d%n", round + 1, options.rounds());
                // A B, then B A: a load on the machine that grows or shrinks meanwhile
                // weighs on both servers alike.
                var order = round % 2 == 0 ? targets : targets.reversed();
                for (var file : files) {
                    for (var target : order) {
                        runs.get(labels.get(file)).get(target.name()).add(run(target, file, wrk, options));
                    }
                }
            }
        }
        return runs;
    }

    /** A server that answers with other bytes, or with an error, would be measured doing something else. */
    private static void checkServes(Target target, String file, byte[] bytes) throws IOException, InterruptedException {
        try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(target.url(file)))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || !Arrays.equals(bytes, response.body())) {
                throw new IOException(target.name() + " answered " + file + " with status " + response.statusCode()
                        + " and " + response.body().length + " bytes, not the file's " + bytes.length);
            }
        }
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
            boolean compiling = compiled >= 0 && used >= 0
                    && 20 * (target.compilerMillis().getAsLong() - compiled) > target.cpuMillis().getAsLong() - used;
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

    /** One measured wrk run, and the server's CPU time around it a request. */
    private static HttpBenchTable.Run run(Target target, String file, Path wrk, HttpBenchOptions options)
            throws IOException, InterruptedException {
        long before = target.cpuMillis().getAsLong();
        var report = WrkReport.run(wrk, target.url(file), options.threads(), options.connections(), options.seconds());
        long after = target.cpuMillis().getAsLong();
        double cpuMicros = before < 0 || after < 0 || report.requests() == 0 ? -1
                : (after - before) * 1000.0 / report.requests();
        return new HttpBenchTable.Run(report.perSecond(), cpuMicros, report.errors());
    }
}

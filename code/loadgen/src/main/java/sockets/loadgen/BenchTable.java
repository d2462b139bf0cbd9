package sockets.loadgen;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bench's tables: what each design held, then its ping-pong rates. Rates are compared with
 * the C epoll server's in the same run ({@code x C}): on a machine shared with other work the
 * rates move from one run to the next, their ratios much less.
 */
final class BenchTable {

    /** The design every rate is compared with. */
    static final String REFERENCE = "C epoll, one thread";

    /** What one design did: held connections, then one ping-pong run per number of connections. */
    record Result(Design design, LoadReport held, long residentKiB, List<PingPong> pingPongs) {
        /** Every run's report, the hold run's (if any) first. */
        List<LoadReport> reports() {
            var all = new ArrayList<LoadReport>();
            if (held != null) {
                all.add(held);
            }
            pingPongs.forEach(run -> all.add(run.report()));
            return all;
        }
    }

    /** One ping-pong run, and the server's CPU time a round trip in it (microseconds, or -1). */
    record PingPong(LoadReport report, double cpuMicros) {
    }

    private BenchTable() {
    }

    static void print(PrintStream out, List<Result> results, List<String> skipped, int hold,
                      int[] pingPong, int seconds) {
        out.printf("%-30s %8s %7s %7s %9s%n", "design", "held", "failed", "errors", "RSS held");
        for (var result : results) {
            int failed = 0;
            int errors = 0;
            for (var report : result.reports()) {
                failed += report.failedConnects();
                errors += report.echoErrors() + report.lost();
            }
            out.printf("%-30s %8s %7d %7d %9s%n", result.design().name(),
                    result.held() == null ? "-" : String.valueOf(result.held().held()), failed, errors,
                    result.residentKiB() < 0 ? "-" : (result.residentKiB() / 1024) + " MiB");
        }
        var header = new StringBuilder(String.format("%n%-30s", "ping-pong"));
        var columns = new StringBuilder(String.format("%-30s", "design"));
        for (int connections : pingPong) {
            header.append(String.format(" | %-41s", connections + " connections"));
            columns.append(String.format(" | %6s %8s %5s %9s %7s", "served", "rt/s", "x C", "p99", "CPU/rt"));
        }
        out.println(header.toString().stripTrailing());
        out.println(columns);
        var reference = results.stream().filter(r -> r.design().name().equals(REFERENCE)).findFirst();
        for (var result : results) {
            var line = new StringBuilder(String.format("%-30s", result.design().name()));
            for (int i = 0; i < result.pingPongs().size(); i++) {
                var run = result.pingPongs().get(i);
                var report = run.report();
                int column = i;
                double c = reference.map(r -> r.pingPongs().get(column).report().perSecond()).orElse(0.0);
                line.append(String.format(" | %6d %8.0f %5s %9s %7s", report.held(), report.perSecond(),
                        c > 0 ? String.format(Locale.ROOT, "%.2f", report.perSecond() / c) : "-",
                        Latencies.shown(report.p99Micros()),
                        run.cpuMicros() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", run.cpuMicros())));
            }
            out.println(line);
        }
        skipped.forEach(out::println);
        out.printf(Locale.ROOT, """

                held: of %d connections, those open at the end whose first line came back; failed:
                connects refused or not done in %d s; errors: wrong echoes or connections the server
                closed (in every run); RSS: server memory while holding. Ping-pong: every connection
                sends a %d-byte line and waits for its echo, for %d s counted after a warm-up and a
                second of connects; served: connections that had an echo (a pool of 200 threads
                serves 200, the others wait); rt/s: round trips a second; x C: that rate over the C
                epoll server's in this run; p99: the round-trip time 99 in 100 beat; CPU/rt: the
                server's CPU time (user + system) per round trip, in microseconds. On a machine
                shared with other work, a server with many threads gets more of the CPU than one
                with one thread: compare CPU/rt there, and one-thread servers with each other.
                """, hold, LoadGenerator.CONNECT_TIMEOUT.toSeconds(), 64, seconds);
    }
}

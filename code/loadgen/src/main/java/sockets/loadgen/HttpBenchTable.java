package sockets.loadgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of {@code ./workbook bench http}: for each file, a row per server with the median of
 * its rounds and how far they spread, and chapter 17's ratio to nginx. The ratio is taken round
 * by round (each round ran the two servers one right after the other, so a machine busier in one
 * round than in the next weighs on both), then its median and range.
 */
final class HttpBenchTable {

    /** The server every ratio is to. */
    static final String NGINX = "nginx";

    /** One wrk run on one server: requests a second, the server's CPU time a request (us, or -1), errors. */
    record Run(double perSecond, double cpuMicros, long errors) {
    }

    private static final String ROW = "%-26s %-6s %9s %7s %8s %10s %11s %7s%n";

    private HttpBenchTable() {
    }

    /** @param runs by file, then by server, its runs in the order of the rounds */
    static String of(Map<String, Map<String, List<Run>>> runs) {
        var text = new StringBuilder(String.format(Locale.ROOT, ROW, "file", "server", "req/s", "spread",
                "x nginx", "x range", "CPU us/req", "errors"));
        for (var file : runs.entrySet()) {
            var nginx = file.getValue().get(NGINX);
            var label = file.getKey();
            for (var server : file.getValue().entrySet()) {
                var mine = server.getValue();
                var rates = mine.stream().map(Run::perSecond).toList();
                var cpu = mine.stream().map(Run::cpuMicros).toList();
                String ratio = "";
                String ratioRange = "";
                if (nginx != null && !server.getKey().equals(NGINX)) {
                    var ratios = new ArrayList<Double>();
                    for (int round = 0; round < Math.min(mine.size(), nginx.size()); round++) {
                        if (nginx.get(round).perSecond() > 0) {
                            ratios.add(mine.get(round).perSecond() / nginx.get(round).perSecond());
                        }
                    }
                    if (!ratios.isEmpty()) {
                        ratio = String.format(Locale.ROOT, "%.2f", median(ratios));
                        ratioRange = String.format(Locale.ROOT, "%.2f-%.2f", min(ratios), max(ratios));
                    }
                }
                double medianRate = median(rates);
                text.append(String.format(Locale.ROOT, ROW, label, server.getKey(),
                        String.format(Locale.ROOT, "%.0f", medianRate),
                        medianRate > 0 ? String.format(Locale.ROOT, "%.0f%%", 100 * (max(rates) - min(rates)) / medianRate) : "-",
                        ratio, ratioRange,
                        cpu.stream().anyMatch(micros -> micros < 0) ? "-" : String.format(Locale.ROOT, "%.1f", median(cpu)),
                        mine.stream().mapToLong(Run::errors).sum()));
                label = "";
            }
        }
        return text.toString();
    }

    /** The middle value; of an even count, the mean of the two middle ones. */
    static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}

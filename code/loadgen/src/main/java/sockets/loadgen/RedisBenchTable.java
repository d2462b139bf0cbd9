package sockets.loadgen;

import java.util.List;
import java.util.Map;

/** The table of {@code ./workbook bench redis}: a row per test, a column per server, ratios to Redis. */
final class RedisBenchTable {

    /** The row of CPU time per request, in microseconds, beside the tests' rows. */
    static final String CPU = "CPU us/request";
    /** Of it, the time in the kernel. */
    static final String SYSTEM = " of it system";

    private RedisBenchTable() {
    }

    /**
     * @param results per server ("virtual", "selector", "redis"), requests per second by test
     *                name, with " -P 16" after the name for the pipelined runs
     */
    static String of(Map<String, Map<String, Double>> results, List<String> tests) {
        var redis = results.get("redis");
        var text = new StringBuilder(String.format("%-20s", "test"));
        for (var server : results.keySet()) {
            text.append(String.format(" %12s", server));
            if (redis != null && !server.equals("redis")) {
                text.append(String.format(" %6s", "x"));
            }
        }
        text.append('\n');
        for (var pipeline : List.of("", " -P 16")) {
            var rows = new java.util.ArrayList<>(tests);
            rows.add(CPU);
            rows.add(SYSTEM);
            for (var test : rows) {
                var row = test + pipeline;
                text.append(String.format("%-20s", row));
                for (var entry : results.entrySet()) {
                    var rps = entry.getValue().get(row);
                    text.append(String.format(" %12s", rps == null ? "-"
                            : String.format(test.equals(CPU) || test.equals(SYSTEM) ? "%.2f" : "%.0f", rps)));
                    if (redis != null && !entry.getKey().equals("redis")) {
                        var base = redis.get(row);
                        text.append(String.format(" %6s", rps == null || base == null || base == 0 ? "-"
                                : String.format("%.2f", rps / base)));
                    }
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}

package sockets.loadgen;

/**
 * Round-trip times, counted in buckets of one microsecond up to 100 ms and one bucket above.
 * Recording is an array increment: the generator's one thread must not slow itself down
 * measuring, and nothing is allocated per round trip.
 */
final class Latencies {

    private static final int MOST_MICROS = 100_000;

    private final long[] counts = new long[MOST_MICROS + 1];
    private long total;

    void record(long nanos) {
        var micros = (int) Math.min(MOST_MICROS, Math.max(0, nanos / 1_000));
        counts[micros]++;
        total++;
    }

    long count() {
        return total;
    }

    /** The time under which this fraction of round trips finished, in microseconds; -1 if none. */
    long percentileMicros(double fraction) {
        if (total == 0) {
            return -1;
        }
        var wanted = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int micros = 0; micros < counts.length; micros++) {
            seen += counts[micros];
            if (seen >= wanted) {
                return micros;
            }
        }
        return MOST_MICROS;
    }

    /** 850 us, 1.9 ms, >100 ms: how the report writes a latency. */
    static String shown(long micros) {
        if (micros < 0) {
            return "-";
        }
        if (micros >= MOST_MICROS) {
            return ">100 ms";
        }
        return micros < 1_000 ? micros + " us" : String.format("%.1f ms", micros / 1000.0);
    }
}

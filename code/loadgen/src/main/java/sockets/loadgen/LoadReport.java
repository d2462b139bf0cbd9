package sockets.loadgen;

import java.time.Duration;

/**
 * What one run measured.
 *
 * @param held           connections open at the end whose first line came back
 * @param failedConnects connects refused, reset or not finished within the connect timeout
 * @param echoErrors     replies that were not the line sent, or bytes nobody asked for
 * @param lost           connections the server closed or reset during the run
 * @param roundTrips     echoes received after the warm-up
 * @param measured       how long round trips were counted
 */
record LoadReport(LoadOptions options, int held, int failedConnects, int echoErrors, int lost,
                  long roundTrips, Duration measured, long p50Micros, long p99Micros) {

    double perSecond() {
        return measured.isZero() ? 0 : roundTrips * 1e9 / measured.toNanos();
    }

    String describe() {
        var counts = String.format("connections held %d of %d, failed connects %d, echo errors %d, lost %d",
                held, options.connections(), failedConnects, echoErrors, lost);
        if (options.mode() == LoadOptions.Mode.HOLD) {
            return counts;
        }
        return counts + String.format("%nround trips %d in %.1f s: %.0f per second; latency p50 %s, p99 %s",
                roundTrips, measured.toNanos() / 1e9, perSecond(),
                Latencies.shown(p50Micros), Latencies.shown(p99Micros));
    }
}

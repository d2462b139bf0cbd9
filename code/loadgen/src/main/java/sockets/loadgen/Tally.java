package sockets.loadgen;

/**
 * What the generator counts while it runs. One thread touches it, the selector's, so the
 * counters are plain fields: no locks, no atomics in the way of the measurement.
 */
final class Tally {

    /** Why a connection ended before the run did. */
    enum Failure { CONNECT, ECHO, LOST }

    int connecting;
    int held;
    int failedConnects;
    int echoErrors;
    int lost;
    long roundTrips;
    /** Round trips that end before this time are warm-up: not counted. */
    long measureFrom;
    final Latencies latencies = new Latencies();

    void count(Failure why) {
        switch (why) {
            case CONNECT -> failedConnects++;
            case ECHO -> echoErrors++;
            case LOST -> lost++;
        }
    }

    /** Connections that have held or failed, a held one that failed later twice. */
    long settled() {
        return held + failedConnects + echoErrors + lost;
    }

    void roundTrip(long nanos) {
        if (System.nanoTime() >= measureFrom) {
            roundTrips++;
            latencies.record(nanos);
        }
    }
}

package sockets.loadgen;

import java.io.IOException;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A load generator for line echo servers: one thread and one Selector drive every connection,
 * so ten thousand connections cost ten thousand sockets and no threads. Each connection sends
 * a line, checks that the echo is the same line, and times the round trip.
 */
public final class LoadGenerator {

    /** Connects started and not yet finished, at most: a burst beyond the server's backlog
     *  would only make the kernel drop SYNs and the clients retry a second later. */
    static final int MOST_CONNECTS_IN_FLIGHT = 64;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /**
     * In hold mode, how long the run may outlast its duration for connections still opening
     * or waiting for their first echo: on a busy machine opening them all can take longer
     * than a short run, and a connection cut short by the clock says nothing of the server.
     * It goes on only while they make progress: one connection settled (held or failed) in
     * the last {@link #HOLD_STALL}. A server that never answers the rest ends it soon after.
     */
    static final Duration HOLD_GRACE = Duration.ofSeconds(10);
    static final Duration HOLD_STALL = Duration.ofSeconds(2);

    private LoadGenerator() {
    }

    public static void main(String[] args) {
        if (LoadOptions.wantHelp(args)) {
            System.out.print(LoadOptions.USAGE);
            return;
        }
        try {
            var options = LoadOptions.parse(args);
            System.out.printf("%s: %d connections to %s for %d s%n", options.mode().name().toLowerCase(Locale.ROOT),
                    options.connections(), options.server(), options.duration().toSeconds());
            var report = run(options, () -> { });
            if (report.held() == 0 && report.failedConnects() == options.connections()) {
                System.err.println("no connection to " + options.server().getHostString() + ":"
                        + options.server().getPort() + " succeeded: nothing listens there, or it refused them all.");
                System.err.flush();
                System.exit(1);
            }
            System.out.println(report.describe());
        } catch (LoadOptions.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("the generator failed: " + e.getMessage() + ".");
            System.exit(1);
        }
    }

    /**
     * Runs the load for the options' duration. {@code whileHeld} runs at the end, before the
     * connections close: the bench reads the server's memory there.
     */
    public static LoadReport run(LoadOptions options, Runnable whileHeld) throws IOException {
        return run(options, () -> { }, whileHeld);
    }

    /** The same, with {@code atMeasureStart} run once, when the warm-up is over. */
    static LoadReport run(LoadOptions options, Runnable atMeasureStart, Runnable whileHeld)
            throws IOException {
        var tally = new Tally();
        var connections = new ArrayList<Connection>(options.connections());
        long start = System.nanoTime();
        long end = start + options.duration().toNanos();
        long latest = options.mode() == LoadOptions.Mode.HOLD ? end + HOLD_GRACE.toNanos() : end;
        // Past the duration: the last time a connection settled, and the last select's return.
        long settled = 0;
        long settledAt = end;
        long selectedAt = start;
        tally.measureFrom = start + options.warmup().toNanos();
        try (var selector = Selector.open()) {
            long nextTimeoutCheck = start;
            var attempted = 0;
            var measuring = false;
            for (long now = start; ; now = System.nanoTime()) {
                // The stall is measured up to the last select, which took whatever had come:
                // a pause of this whole process (a busy machine) is not the server's stall.
                if (now >= end && !(now < latest && selectedAt - settledAt < HOLD_STALL.toNanos()
                        && (attempted < options.connections() || anyPending(connections)))) {
                    break;
                }
                if (!measuring && now >= tally.measureFrom) {
                    measuring = true;
                    atMeasureStart.run();
                }
                for (; attempted < options.connections()
                        && tally.connecting < MOST_CONNECTS_IN_FLIGHT; attempted++) {
                    open(connections, options, tally, selector);
                }
                // epoll_wait(2) underneath: sleep until a socket is ready or time is up.
                long wait = Math.max(1, Math.min(100, ((now < end ? end : latest) - now) / 1_000_000));
                selector.select(key -> ((Connection) key.attachment()).ready(key), wait);
                selectedAt = System.nanoTime();
                if (tally.settled() != settled) {
                    settled = tally.settled();
                    settledAt = Math.max(end, selectedAt);
                }
                if (now >= nextTimeoutCheck) {
                    failSlowConnects(connections, now);
                    nextTimeoutCheck = now + 100_000_000;
                }
            }
            whileHeld.run();
            for (var connection : connections) {
                if (connection.state() == Connection.State.CONNECTING) {
                    connection.fail(Tally.Failure.CONNECT);
                }
            }
            connections.forEach(Connection::close);
        }
        var measured = Duration.ofNanos(Math.max(0, end - Math.max(start, tally.measureFrom)));
        return new LoadReport(options, tally.held, tally.failedConnects, tally.echoErrors, tally.lost,
                tally.roundTrips, measured, tally.latencies.percentileMicros(0.50),
                tally.latencies.percentileMicros(0.99));
    }

    private static void open(List<Connection> connections, LoadOptions options, Tally tally,
                             Selector selector) throws IOException {
        Connection connection;
        try {
            connection = new Connection(connections.size(), options.messageSize(),
                    options.mode() == LoadOptions.Mode.PINGPONG, tally);
        } catch (IOException noDescriptorLeft) {
            // socket(2) failed: EMFILE, the open-file limit (ulimit -n) is reached
            tally.count(Tally.Failure.CONNECT);
            return;
        }
        connections.add(connection);
        tally.connecting++;
        try {
            connection.connect(options.server(), selector);
        } catch (IOException refusedAtOnce) {
            connection.fail(Tally.Failure.CONNECT);
        }
    }

    /** A connection still opening or waiting for its echo; in hold mode, nothing else changes. */
    private static boolean anyPending(List<Connection> connections) {
        return connections.stream().anyMatch(connection -> connection.state() == Connection.State.CONNECTING
                || connection.state() == Connection.State.AWAITING_ECHO);
    }

    private static void failSlowConnects(List<Connection> connections, long now) {
        for (var connection : connections) {
            if (connection.state() == Connection.State.CONNECTING
                    && now - connection.openedAt() > CONNECT_TIMEOUT.toNanos()) {
                connection.fail(Tally.Failure.CONNECT);
            }
        }
    }
}

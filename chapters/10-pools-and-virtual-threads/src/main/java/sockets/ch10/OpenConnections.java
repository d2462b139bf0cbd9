package sockets.ch10;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every connection the server has accepted and not yet closed, served or still queued. The
 * server needs the list three times: to close what is left when a shutdown's grace runs out,
 * to end a read that has waited too long for a silent client, and to close a connection whose
 * write has waited too long for a client that does not read.
 */
final class OpenConnections {

    private final Set<EchoConnection> open = ConcurrentHashMap.newKeySet();
    private final Duration limit;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("watchdog").factory());

    /**
     * Starts the watchdog. One timestamp a connection, read at each connection's deadline,
     * replaces a timer per read (SO_TIMEOUT); and a write has no timeout of its own.
     */
    OpenConnections(Duration limit) {
        this.limit = limit;
        watchdog.execute(this::sweep);
    }

    // Ends what has waited past its deadline, then sleeps until the next deadline (or a
    // quarter of the limit: a read that begins meanwhile cannot be due sooner than that).
    private void sweep() {
        long now = System.nanoTime();
        long next = now + limit.toNanos() / 4;
        for (var connection : open) {
            var deadline = connection.deadline(limit);
            if (deadline > now) {
                next = Math.min(next, deadline);
            } else if (connection.isWriting()) {
                connection.close();
            } else {
                connection.expire();
            }
        }
        watchdog.schedule(this::sweep, Math.max(next - now, 1_000_000), TimeUnit.NANOSECONDS);
    }

    void add(EchoConnection connection) {
        open.add(connection);
    }

    void remove(EchoConnection connection) {
        open.remove(connection);
    }

    int count() {
        return open.size();
    }

    /** Closes every connection still open; a worker blocked in read or write then throws. */
    int closeAll() {
        var closed = 0;
        for (var connection : open) {
            connection.close();
            closed++;
        }
        return closed;
    }

    void stopWatching() {
        watchdog.shutdownNow();
    }
}

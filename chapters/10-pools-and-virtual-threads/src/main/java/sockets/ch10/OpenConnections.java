package sockets.ch10;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every connection the server has accepted and not yet closed, served or still queued. The
 * server needs the list twice: to close what is left when a shutdown's grace runs out, and to
 * close a connection whose write has waited too long for a client that does not read.
 */
final class OpenConnections {

    private final Set<EchoConnection> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("write-watchdog").factory());

    /** Starts the watchdog: a blocked write has no timeout of its own (SO_TIMEOUT is for reads). */
    OpenConnections(Duration writeLimit) {
        long period = Math.max(10, writeLimit.toMillis() / 2);
        watchdog.scheduleAtFixedRate(() -> {
            for (var connection : open) {
                if (connection.stuckInWrite(writeLimit)) {
                    connection.close();
                }
            }
        }, period, period, TimeUnit.MILLISECONDS);
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

package sockets.ch10;

import java.time.Duration;

/**
 * What the echo server allows: which executor runs the clients and how many, how long a silent
 * client may keep a connection, and how long a stopping server waits for its clients.
 *
 * @param executor    virtual threads (one per client) or a pool of platform threads
 * @param poolSize    the pool's threads: at most this many clients are served at once
 * @param queue       the pool's queue: at most this many accepted clients wait for a thread
 * @param maxClients  with virtual threads: at most this many clients at once
 * @param idleTimeout a client that sends nothing for this long is dropped (by the watchdog)
 * @param grace       on shutdown, how long open connections may still finish
 */
record Limits(Executor executor, int poolSize, int queue, int maxClients,
              Duration idleTimeout, Duration grace) {

    enum Executor { VIRTUAL, POOL }

    static final Limits DEFAULT = new Limits(Executor.VIRTUAL, 8, 100, 20_000,
            Duration.ofSeconds(30), Duration.ofSeconds(5));

    Limits withExecutor(Executor e) {
        return new Limits(e, poolSize, queue, maxClients, idleTimeout, grace);
    }

    Limits withPoolSize(int n) {
        return new Limits(executor, n, queue, maxClients, idleTimeout, grace);
    }

    Limits withQueue(int n) {
        return new Limits(executor, poolSize, n, maxClients, idleTimeout, grace);
    }

    Limits withMaxClients(int n) {
        return new Limits(executor, poolSize, queue, n, idleTimeout, grace);
    }

    Limits withIdleTimeout(Duration d) {
        return new Limits(executor, poolSize, queue, maxClients, d, grace);
    }

    Limits withGrace(Duration d) {
        return new Limits(executor, poolSize, queue, maxClients, idleTimeout, d);
    }

    /** One line for the server's log: what this server promises. */
    String describe() {
        var who = executor == Executor.VIRTUAL
                ? "a virtual thread per client, at most " + maxClients + " clients"
                : "a pool of " + poolSize + " threads, a queue of " + queue;
        return who + "; idle timeout " + idleTimeout.toMillis() + " ms, grace "
                + grace.toMillis() + " ms";
    }
}

package sockets.ch16;

import java.time.Duration;

// tag::limits[]
/**
 * What one client, and all of them together, may cost the server. Real Redis has the same
 * knobs under other names (in brackets), with larger defaults; a server that states its
 * limits can promise that nothing a client sends crashes it or grows its memory without bound.
 *
 * @param maxBulk     the longest bulk string, in bytes (proto-max-bulk-len)
 * @param maxArgs     the most elements in one command's array
 * @param maxCommand  the most bytes of arguments one command may hold while it is read
 *                    (client-query-buffer-limit)
 * @param maxInline   the longest inline command or header line, in bytes
 * @param maxClients  clients connected at once (maxclients)
 * @param idle        a client that completes no command for this long is closed (timeout)
 * @param maxMemory   bytes of keys and values the store may hold (maxmemory)
 * @param maxUnsent   bytes of replies a client has not read before the server stops reading
 *                    its commands (backpressure)
 */
record Limits(int maxBulk, int maxArgs, int maxCommand, int maxInline, int maxClients,
              Duration idle, long maxMemory, int maxUnsent) {

    static final Limits DEFAULT = new Limits(512 * 1024, 1024, 1024 * 1024, 8 * 1024, 1000,
            Duration.ofSeconds(300), 64L * 1024 * 1024, 64 * 1024);
    // end::limits[]

    /** The bytes a connection reads into at once: a whole header or inline line fits. */
    int inputBuffer() {
        return 2 * maxInline;
    }

    /**
     * Unsent replies past which a client is closed, as Redis's client-output-buffer-limit does:
     * reading stops at maxUnsent, so this leaves room for one more reply, a bulk string and its
     * header, or 64 KiB of anything else. Only KEYS can reply more.
     */
    int maxReplies() {
        return maxUnsent + maxBulk + 64 * 1024;
    }

    Limits withMaxBulk(int n) {
        return new Limits(n, maxArgs, Math.max(n, maxCommand), maxInline, maxClients, idle,
                maxMemory, maxUnsent);
    }

    Limits withMaxArgs(int n) {
        return new Limits(maxBulk, n, maxCommand, maxInline, maxClients, idle, maxMemory, maxUnsent);
    }

    Limits withMaxClients(int n) {
        return new Limits(maxBulk, maxArgs, maxCommand, maxInline, n, idle, maxMemory, maxUnsent);
    }

    Limits withIdle(Duration d) {
        return new Limits(maxBulk, maxArgs, maxCommand, maxInline, maxClients, d, maxMemory, maxUnsent);
    }

    Limits withMaxMemory(long bytes) {
        return new Limits(maxBulk, maxArgs, maxCommand, maxInline, maxClients, idle, bytes, maxUnsent);
    }

    /** What this server promises its clients, for the server's first line. */
    String describeClients() {
        return "at most " + maxClients + " clients, idle timeout "
                + (idle.toMillis() % 1000 == 0 ? idle.toSeconds() + " s" : idle.toMillis() + " ms");
    }

    /** What it takes from each, for its second line (two lines: each fits the book's column). */
    String describeSizes() {
        return "bulk strings of " + maxBulk / 1024 + " KiB, " + maxArgs + " arguments, "
                + maxMemory / (1024 * 1024) + " MiB of data";
    }
}

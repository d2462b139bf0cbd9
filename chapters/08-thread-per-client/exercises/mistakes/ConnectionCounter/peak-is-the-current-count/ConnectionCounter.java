package sockets.ch08.exercises;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts a server's open connections, and remembers the most it ever had at once. Every
 * client thread calls {@link #opened} when it starts and {@link #closed} when it ends, all at
 * the same time: with a plain {@code int} and {@code ++}, updates get lost.
 */
public final class ConnectionCounter {

    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /** A connection opened: one more now, and maybe a new peak. */
    public void opened() {
        int now = current.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
    }

    /** A connection closed: one fewer now. The peak stays. */
    public void closed() {
        current.decrementAndGet();
    }

    /** The connections open now. */
    public int current() {
        return current.get();
    }

    /** The most connections that were ever open at once. */
    public int peak() {
        return current.get();
    }
}

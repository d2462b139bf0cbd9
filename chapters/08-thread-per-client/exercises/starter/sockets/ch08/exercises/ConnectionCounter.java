package sockets.ch08.exercises;

/**
 * Counts a server's open connections, and remembers the most it ever had at once. Every
 * client thread calls {@link #opened} when it starts and {@link #closed} when it ends, all at
 * the same time: with a plain {@code int} and {@code ++}, updates get lost.
 */
public final class ConnectionCounter {

    /** A connection opened: one more now, and maybe a new peak. */
    public void opened() {
        // TODO(exercise): count one more, and raise the peak if now is higher, thread-safely.
        throw new UnsupportedOperationException("ConnectionCounter.opened is not written yet");
    }

    /** A connection closed: one fewer now. The peak stays. */
    public void closed() {
        // TODO(exercise): count one fewer.
        throw new UnsupportedOperationException("ConnectionCounter.closed is not written yet");
    }

    /** The connections open now. */
    public int current() {
        // TODO(exercise)
        throw new UnsupportedOperationException("ConnectionCounter.current is not written yet");
    }

    /** The most connections that were ever open at once. */
    public int peak() {
        // TODO(exercise)
        throw new UnsupportedOperationException("ConnectionCounter.peak is not written yet");
    }
}

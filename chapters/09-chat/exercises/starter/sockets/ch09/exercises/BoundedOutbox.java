package sockets.ch09.exercises;

/**
 * The lines waiting to be written to one client's socket. The room offers lines from many
 * threads and must never wait; the client's writer thread takes them and may wait.
 */
public final class BoundedOutbox {

    /** An outbox that holds at most {@code capacity} lines; capacity must be at least 1. */
    public BoundedOutbox(int capacity) {
        // TODO(exercise): check the capacity and make the queue that holds the lines.
        throw new UnsupportedOperationException("BoundedOutbox is not written yet");
    }

    /** Adds the line if there is room and returns true; returns false at once when full. */
    public boolean offer(String line) {
        // TODO(exercise): never wait here.
        throw new UnsupportedOperationException("BoundedOutbox.offer is not written yet");
    }

    /** The oldest line, waiting for one if the outbox is empty. */
    public String take() throws InterruptedException {
        // TODO(exercise)
        throw new UnsupportedOperationException("BoundedOutbox.take is not written yet");
    }

    /** How many lines wait now. */
    public int size() {
        // TODO(exercise)
        throw new UnsupportedOperationException("BoundedOutbox.size is not written yet");
    }
}

package sockets.ch09.exercises;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The lines waiting to be written to one client's socket. The room offers lines from many
 * threads and must never wait; the client's writer thread takes them and may wait.
 */
public final class BoundedOutbox {

    private final BlockingQueue<String> lines;

    /** An outbox that holds at most {@code capacity} lines; capacity must be at least 1. */
    public BoundedOutbox(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("an outbox holds at least 1 line, not " + capacity);
        }
        this.lines = new ArrayBlockingQueue<>(capacity);
    }

    /** Adds the line if there is room and returns true; returns false at once when full. */
    public boolean offer(String line) {
        // offer, not put: put would block the broadcasting thread behind a slow client.
        return lines.offer(line);
    }

    /** The oldest line, waiting for one if the outbox is empty. */
    public String take() throws InterruptedException {
        return lines.take();
    }

    /** How many lines wait now. */
    public int size() {
        return lines.size();
    }
}

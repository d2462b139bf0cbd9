package sockets.ch09;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The lines the room has said that one member's writer thread has not written yet, and the
 * room's flood control: a sender waits while the outbox is full, and a member whose writer
 * has been stuck in one write for the stall time is given up on.
 */
final class Outbox {

    private static final long NOT_WRITING = Long.MIN_VALUE;

    private final BlockingQueue<String> lines;
    private final long stallNanos;
    /** System.nanoTime() when the writer began writing its current line; NOT_WRITING between lines. */
    private volatile long writingSince = NOT_WRITING;
    private volatile boolean closed;

    Outbox(int capacity, Duration stall) {
        // A fixed capacity: a member that stops reading costs at most this many lines.
        this.lines = new ArrayBlockingQueue<>(capacity);
        this.stallNanos = stall.toNanos();
    }

    // tag::offer[]
    /**
     * Queues the line, waiting while the outbox is full. False once this member's writer has
     * been stuck in one write for the stall time (its client does not read), or it is closed.
     */
    boolean offer(String line) {
        try {
            // While this thread waits, it reads nothing from the sender's socket: the sender's
            // bytes pile up in its receive buffer, the kernel advertises a zero window, and the
            // sender's own write(2) blocks. TCP slows the fast writer down; nobody is dropped.
            // offer() returns as soon as the writer takes a line, so a reader that keeps up
            // costs the sender no more than its own pace.
            while (!lines.offer(line, stallNanos / 10, TimeUnit.NANOSECONDS)) {
                if (closed || stuckNanos() >= stallNanos) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            // Nobody interrupts a reader thread in this server; if one were, it stops waiting.
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How long the writer has been in the write(2) of its current line; 0 between lines. */
    private long stuckNanos() {
        long since = writingSince;
        return since == NOT_WRITING ? 0 : System.nanoTime() - since;
    }
    // end::offer[]

    // tag::drain[]
    /** The writer thread's loop: moves lines to the socket until the socket fails or is closed. */
    void drainTo(OutputStream socket) throws IOException, InterruptedException {
        var out = new BufferedOutputStream(socket);
        while (true) {
            var line = lines.take();
            writingSince = System.nanoTime();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            // write(2) once the outbox is empty, with every line queued so far: it blocks
            // while the client's receive window and our send buffer are full.
            if (lines.isEmpty()) {
                out.flush();
            }
            writingSince = NOT_WRITING;
        }
    }
    // end::drain[]

    /** How many lines wait now. */
    int size() {
        return lines.size();
    }

    /** No more lines: waiting senders move on, and what was queued is let go. */
    void close() {
        closed = true;
        // clear() also wakes the senders waiting for room in this outbox.
        lines.clear();
    }
}

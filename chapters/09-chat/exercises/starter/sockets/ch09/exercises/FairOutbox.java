package sockets.ch09.exercises;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The lines waiting for one chat client, and a writer thread that moves them to its socket.
 * A sender waits while the outbox is full (back-pressure); a client whose writer has been
 * stuck in one write for the stall time is given up on.
 */
public final class FairOutbox implements AutoCloseable {

    private static final long NOT_WRITING = Long.MIN_VALUE;

    private final Socket socket;
    private final BlockingQueue<String> lines;
    private final long stallNanos;
    /** System.nanoTime() when the writer began writing its current line; NOT_WRITING between lines. */
    @SuppressWarnings("unused") // for your offer() and drain()
    private volatile long writingSince = NOT_WRITING;

    /** Starts the writer thread for a connected socket. */
    public FairOutbox(Socket socket, int capacity, Duration stall) {
        this.socket = socket;
        this.lines = new ArrayBlockingQueue<>(capacity);
        this.stallNanos = stall.toNanos();
        Thread.ofPlatform().daemon().name("fair-outbox writer").start(() -> {
            try {
                drain(socket.getOutputStream());
            } catch (IOException | InterruptedException e) {
                close();
            }
        });
    }

    /**
     * Queues the line, waiting while the outbox is full. Returns false, without queueing it,
     * once the writer has been stuck in the write of one line for the stall time.
     */
    public boolean offer(String line) throws InterruptedException {
        // TODO(exercise): wait while the outbox is full, and give up only on a writer that
        // has been stuck in one write for the stall time.
        throw new UnsupportedOperationException("FairOutbox.offer is not written yet");
    }

    /** The writer thread: takes lines and writes them, each followed by a newline. */
    private void drain(OutputStream socketOut) throws IOException, InterruptedException {
        // TODO(exercise): write each line as it comes, and let offer() know when a write
        // began and when it ended (writingSince).
        throw new UnsupportedOperationException("FairOutbox.drain is not written yet");
    }

    /** Lines waiting now. */
    public int size() {
        return lines.size();
    }

    /** Closes the socket: a write(2) blocked on it fails, and the writer thread ends. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }
}

package sockets.ch09.exercises;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
        // Back-pressure: wait for room.
        lines.put(line);
        return true;
    }

    /** The writer thread: takes lines and writes them, each followed by a newline. */
    private void drain(OutputStream socketOut) throws IOException, InterruptedException {
        var out = new BufferedOutputStream(socketOut);
        while (true) {
            var line = lines.take();
            writingSince = System.nanoTime();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            if (lines.isEmpty()) {
                // write(2) blocks here while the client's window and our send buffer are full.
                out.flush();
            }
            writingSince = NOT_WRITING;
        }
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

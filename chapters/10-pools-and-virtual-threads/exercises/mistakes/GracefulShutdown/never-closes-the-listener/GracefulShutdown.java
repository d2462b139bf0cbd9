package sockets.ch10.exercises;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Stopping a server without cutting its clients off mid-sentence. */
public final class GracefulShutdown {

    private GracefulShutdown() {
    }

    /**
     * Stops accepting, lets the running tasks finish for up to {@code grace}, then interrupts
     * the rest. Returns true if every task finished within the grace period.
     */
    public static boolean stop(ServerSocket listener, ExecutorService workers, Duration grace)
            throws IOException, InterruptedException {
        // No new tasks; the running (and queued) ones go on.
        workers.shutdown();
        if (workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        // Interrupts every worker: a virtual thread blocked in a socket read gets a
        // SocketException and its socket is closed.
        workers.shutdownNow();
        workers.awaitTermination(1, TimeUnit.SECONDS);
        return false;
    }
}

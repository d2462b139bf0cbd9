package sockets.ch10.exercises;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

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
        // TODO(exercise): close the listener, shut the executor down, wait for it, and
        // interrupt what is left when the grace period is over.
        throw new UnsupportedOperationException("GracefulShutdown.stop is not written yet");
    }
}

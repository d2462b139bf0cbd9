package sockets.ch09.exercises;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;

/** Dead-peer detection by TCP keepalive, on one connected socket. */
public final class KeepAlive {

    private KeepAlive() {
    }

    /**
     * Turns keepalive on with these timers and returns the longest a vanished peer can go
     * unnoticed on an idle connection: the idle time, then every probe unanswered.
     *
     * @throws IllegalArgumentException for a time that is not a whole number of seconds of
     *         at least 1, or fewer than 1 probe
     */
    public static Duration enable(Socket socket, Duration idle, Duration interval, int probes) throws IOException {
        // TODO(exercise)
        throw new UnsupportedOperationException("KeepAlive.enable is not written yet");
    }
}

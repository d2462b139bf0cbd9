package sockets.ch09.exercises;

import java.io.IOException;
import java.net.Socket;
import java.net.StandardSocketOptions;
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
        int idleSeconds = wholeSeconds(idle, "idle");
        int intervalSeconds = wholeSeconds(interval, "interval");
        if (probes < 1) {
            throw new IllegalArgumentException("at least 1 probe, not " + probes);
        }
        // Keepalive on: the kernel will notice a vanished peer.
        socket.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
        return idle.plus(interval.multipliedBy(probes));
    }

    /** The kernel takes whole seconds. */
    private static int wholeSeconds(Duration time, String what) {
        if (time.toSeconds() < 1 || time.toNanosPart() != 0) {
            throw new IllegalArgumentException("the " + what + " time must be whole seconds, at least 1, not " + time);
        }
        return Math.toIntExact(time.toSeconds());
    }
}

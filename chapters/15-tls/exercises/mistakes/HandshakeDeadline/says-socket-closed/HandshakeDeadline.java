package sockets.ch15.exercises;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;

/** A handshake with a deadline: a client holds the server this long at most, however it sends. */
public final class HandshakeDeadline {

    /** One thread for every alarm: it only closes sockets, which takes no time. */
    private static final ScheduledExecutorService ALARM = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("handshake-alarm").daemon().factory());

    private HandshakeDeadline() {
    }

    /**
     * Finishes the handshake on a socket the server accepted and returns the TLS version agreed,
     * such as {@code "TLSv1.3"}; when the handshake is not done within {@code limit}, closes the
     * connection and throws a {@link java.net.SocketTimeoutException}.
     */
    public static String handshake(SSLSocket accepted, Duration limit) throws IOException {
        // SO_TIMEOUT would not do: it limits one read, and a client that sends a byte now and
        // then never lets one read wait that long. The deadline is a time on the clock.
        var alarm = ALARM.schedule(() -> {
            try {
                // close() would first write alerts, behind a writer that may be stuck;
                // SO_LINGER 0 gives them up and closes under the blocked read, which throws.
                accepted.setSoLinger(true, 0);
                accepted.close();
            } catch (IOException e) {
                // closing is all the alarm wanted
            }
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            accepted.startHandshake();
            return accepted.getSession().getProtocol();
        } finally {
            alarm.cancel(false);
        }
    }
}

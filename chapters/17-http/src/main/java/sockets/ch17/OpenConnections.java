package sockets.ch17;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every connection the server has accepted and not yet closed, with the moment its current
 * response began to go out. A read has a deadline of its own (SO_RCVTIMEO); a write has none,
 * and a client that stops reading would hold its thread for ever: a watchdog closes the
 * socket of a response still not sent after the send limit, and the blocked write then fails.
 */
final class OpenConnections {

    static final byte[] BUSY = ("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
            + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** 0: not sending; else the System.nanoTime() a response's first write began. */
    private final Map<Socket, Long> sendingSince = new ConcurrentHashMap<>();
    private final Duration limit;
    private final int most;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("send-watchdog").factory());

    OpenConnections(Duration limit, int most) {
        this.limit = limit;
        this.most = most;
        long period = Math.clamp(limit.toMillis() / 4, 10, 1000);
        watchdog.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    // tag::sweep[]
    private void sweep() {
        long now = System.nanoTime();
        sendingSince.forEach((socket, since) -> {
            if (since != 0 && now - since > limit.toNanos()) {
                closeQuietly(socket);          // close(2) under a blocked write(2): it fails
            }
        });
    }
    // end::sweep[]

    // tag::admit[]
    /**
     * Takes a new connection into the set, or, with {@code most} open already, answers it 503
     * and closes it: every connection holds buffers, and memory has a bound too.
     */
    boolean admit(Socket socket) {
        if (sendingSince.size() < most) {
            sendingSince.put(socket, 0L);
            return true;
        }
        try (socket) {
            // write(2) to a new connection: its send buffer is empty, so this cannot block
            socket.getOutputStream().write(BUSY);
        } catch (IOException gone) {
            // the client left first; close(2) frees the descriptor either way
        }
        return false;
    }
    // end::admit[]

    synchronized void remove(Socket socket) {
        sendingSince.remove(socket);
        notifyAll();
    }

    void sending(Socket socket, boolean now) {
        sendingSince.replace(socket, now ? System.nanoTime() | 1 : 0L);
    }

    int count() {
        return sendingSince.size();
    }

    /** Waits until no connection is open, at most {@code time}; true if none is. */
    synchronized boolean awaitNone(Duration time) throws InterruptedException {
        long end = System.nanoTime() + time.toNanos();
        while (!sendingSince.isEmpty() && end - System.nanoTime() > 0) {
            wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        }
        return sendingSince.isEmpty();
    }

    /** Closes every connection still open and stops the watchdog: the server is stopping. */
    void closeAll() {
        watchdog.shutdownNow();
        sendingSince.keySet().forEach(OpenConnections::closeQuietly);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // close(2) frees the descriptor even when it reports an error
        }
    }
}

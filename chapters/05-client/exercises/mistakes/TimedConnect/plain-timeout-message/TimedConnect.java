package sockets.ch05.exercises;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** A connect that gives up after a time you choose, instead of the kernel's minutes. */
public final class TimedConnect {

    private TimedConnect() {
    }

    /**
     * A socket connected to {@code server}, or an exception: {@code ConnectException} when the
     * server's kernel refuses, {@code SocketTimeoutException} naming the server and the time
     * when no handshake completes within {@code timeout}. A timeout must be positive.
     */
    public static Socket connect(SocketAddress server, Duration timeout) throws IOException {
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the timeout must be from 1 ms, not " + timeout);
        }
        var socket = new Socket();
        try {
            socket.connect(server, (int) Math.max(1, timeout.toMillis()));
            return socket;
        } catch (SocketTimeoutException e) {
            socket.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}

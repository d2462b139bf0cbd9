package sockets.ch11.exercises;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;

/** One request and its reply over UDP, sent again when the reply does not come. */
public final class RetryingClient {

    private RetryingClient() {
    }

    /**
     * Sends {@code request} to {@code server} as one datagram from the unconnected
     * {@code socket} and returns the first datagram that comes back from {@code server}.
     * Waits {@code timeout} for it; then sends the request again, at most {@code retries}
     * times. Datagrams from any other address are ignored.
     *
     * @throws java.net.SocketTimeoutException when no reply came after every try
     */
    public static byte[] request(DatagramSocket socket, SocketAddress server, byte[] request,
            Duration timeout, int retries) throws IOException {
        var buffer = new byte[65_536];
        for (int attempt = 0; attempt <= retries; attempt++) {
            // sendto(2): the address travels with each datagram of an unconnected socket.
            socket.send(new DatagramPacket(request, request.length, server));
            long deadline = System.nanoTime() + timeout.toNanos();
            for (long left; (left = deadline - System.nanoTime()) > 0; ) {
                // The time left, not the whole timeout again: a stranger's datagrams must
                // not keep this try waiting for ever.
                socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(left).toMillis()));
                var reply = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(reply);
                } catch (SocketTimeoutException quiet) {
                    break;
                }
                // Anyone may send to our port; only the server's datagram is the reply.
                if (reply.getSocketAddress().equals(server)) {
                    return Arrays.copyOf(buffer, reply.getLength());
                }
            }
        }
        throw new SocketTimeoutException("no reply from " + server + " after " + (retries + 1)
                + " tries of " + timeout.toMillis() + " ms");
    }
}

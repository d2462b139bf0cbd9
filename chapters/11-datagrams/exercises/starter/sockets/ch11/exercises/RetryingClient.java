package sockets.ch11.exercises;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.SocketAddress;
import java.time.Duration;

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
        // TODO(exercise): send, receive with a timeout, check who sent the reply, try again.
        throw new UnsupportedOperationException("RetryingClient.request is not written yet");
    }
}

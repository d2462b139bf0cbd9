package sockets.ch11.exercises;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.SocketAddress;
import java.time.Duration;

/** One numbered request and its reply over UDP, sent again when the reply does not come. */
public final class RetryingClient {

    private RetryingClient() {
    }

    /**
     * Sends {@code payload} to {@code server} as one {@link SequencedMessage} numbered
     * {@code sequence}, from the unconnected {@code socket}, and returns the payload of the
     * first reply from {@code server} that carries the same number. Waits {@code timeout}
     * for it; then sends the same message again, at most {@code retries} times. Datagrams
     * from any other address, and replies with another number, are ignored.
     *
     * @throws java.net.SocketTimeoutException when no reply came after every try
     */
    public static byte[] request(DatagramSocket socket, SocketAddress server, int sequence,
            byte[] payload, Duration timeout, int retries) throws IOException {
        // TODO(exercise): send the numbered request, receive with a timeout, check who sent
        // the reply and which request it answers, try again.
        throw new UnsupportedOperationException("RetryingClient.request is not written yet");
    }
}

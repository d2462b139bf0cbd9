package sockets.ch11.exercises;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.ProtocolException;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
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
        var request = new SequencedMessage(sequence, payload).encode();
        var buffer = new byte[65_536];
        for (int attempt = 0; attempt <= retries; attempt++) {
            // sendto(2): the address travels with each datagram of an unconnected socket.
            socket.send(new DatagramPacket(request, request.length, server));
            long deadline = System.nanoTime() + timeout.toNanos();
            for (long left; (left = deadline - System.nanoTime()) > 0; ) {
                // The time left, not the whole timeout again: a stranger's datagrams and
                // late replies must not keep this try waiting for ever.
                socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(left).toMillis()));
                var reply = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(reply);
                } catch (SocketTimeoutException quiet) {
                    break;
                }
                // Anyone may send to our port; only the server's datagram is a reply.
                if (!reply.getSocketAddress().equals(server)) {
                    continue;
                }
                try {
                    return SequencedMessage.decode(buffer, reply.getLength()).payload();
                } catch (ProtocolException tooShort) {
                    // no number at all: not a reply to anything we sent
                }
            }
        }
        throw new SocketTimeoutException("no reply from " + server + " to request " + sequence
                + " after " + (retries + 1) + " tries of " + timeout.toMillis() + " ms");
    }
}

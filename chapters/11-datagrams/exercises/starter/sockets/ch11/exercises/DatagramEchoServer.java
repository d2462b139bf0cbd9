package sockets.ch11.exercises;

import java.io.IOException;
import java.net.DatagramSocket;

/** The chapter's echo server in its classic form: a DatagramSocket and DatagramPackets. */
public final class DatagramEchoServer {

    private DatagramEchoServer() {
    }

    /**
     * Receives {@code count} datagrams on the bound {@code socket} and sends each back,
     * whole, to the address it came from; then returns. Any size up to 65,507 bytes.
     */
    public static void serve(DatagramSocket socket, int count) throws IOException {
        // TODO(exercise): receive into one buffer, send the same bytes back to the sender.
        throw new UnsupportedOperationException("DatagramEchoServer.serve is not written yet");
    }
}

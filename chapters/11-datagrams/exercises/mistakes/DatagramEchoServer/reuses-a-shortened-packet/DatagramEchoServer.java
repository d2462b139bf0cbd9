package sockets.ch11.exercises;

import java.io.IOException;
import java.net.DatagramPacket;
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
        var buffer = new byte[65_536];
        // One packet for every datagram: no garbage per receive.
        var packet = new DatagramPacket(buffer, buffer.length);
        for (int i = 0; i < count; i++) {
            // recvfrom(2): the packet learns the sender's address and the datagram's length.
            socket.receive(packet);
            // Exactly the bytes received, back to their sender: the packet has its address.
            packet.setLength(packet.getLength());
            socket.send(packet);
        }
    }
}

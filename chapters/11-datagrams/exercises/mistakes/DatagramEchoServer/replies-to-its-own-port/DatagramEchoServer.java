package sockets.ch11.exercises;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;

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
        for (int i = 0; i < count; i++) {
            // A fresh packet over the same array for each receive: the whole array is room.
            // A reused packet whose setLength(n) was called offers only n bytes next time.
            var packet = new DatagramPacket(buffer, buffer.length);
            // recvfrom(2): the packet learns the sender's address and the datagram's length.
            socket.receive(packet);
            // sendto(2) to that address, of exactly getLength() bytes.
            var sender = new InetSocketAddress(packet.getAddress(), socket.getLocalPort());
            socket.send(new DatagramPacket(buffer, packet.getLength(), sender));
        }
    }
}

package sockets.wire;

import java.net.InetSocketAddress;

/**
 * One row of the kernel's TCP socket table: what {@code ss -tan} prints for one socket.
 *
 * @param receiveQueue for a listener, the connections in its accept queue; otherwise the
 *                     bytes received that the program has not read yet
 * @param unacknowledged the bytes the program wrote that the peer has not acknowledged yet:
 *                     sent and waiting for an ACK, or not sent yet (the kernel prints
 *                     write_seq - snd_una, which ss shows as Send-Q; 0 for a listener)
 * @param inode        the socket's inode, which {@code /proc/PID/fd/N -> socket:[INODE]}
 *                     names; 0 when no descriptor refers to it (in an accept queue, or
 *                     closed by its program and left to the kernel, as in TIME_WAIT)
 */
public record TcpSocket(TcpState state, InetSocketAddress local, InetSocketAddress remote,
        long receiveQueue, long unacknowledged, int uid, long inode) {

    /** Whether one end of this socket has the port. */
    public boolean hasPort(int port) {
        return local.getPort() == port || remote.getPort() == port;
    }

    /** Whether this socket and the other are the two ends of one connection. */
    public boolean isPeerOf(TcpSocket other) {
        return local.equals(other.remote) && remote.equals(other.local);
    }
}

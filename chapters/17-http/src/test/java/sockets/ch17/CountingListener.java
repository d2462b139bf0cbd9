package sockets.ch17;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback listener that notes the connections it accepts: how many a browser opened, and
 * the browser's end of each, by which a test tells its own rows in the kernel's socket table.
 */
final class CountingListener extends ServerSocket {

    private final Set<InetSocketAddress> peers = ConcurrentHashMap.newKeySet();

    CountingListener() throws IOException {
        bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), HttpServer.BACKLOG);
    }

    @Override
    public Socket accept() throws IOException {
        var socket = super.accept();
        peers.add((InetSocketAddress) socket.getRemoteSocketAddress());
        return socket;
    }

    int accepted() {
        return peers.size();
    }

    /** The far end of every connection accepted so far: the client's address and ephemeral port. */
    Set<InetSocketAddress> peers() {
        return Set.copyOf(peers);
    }
}

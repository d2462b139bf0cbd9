package sockets.ch17;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback listener that counts the connections it accepts: how many a browser opened. */
final class CountingListener extends ServerSocket {

    private final AtomicInteger accepted = new AtomicInteger();

    CountingListener() throws IOException {
        bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), HttpServer.BACKLOG);
    }

    @Override
    public Socket accept() throws IOException {
        var socket = super.accept();
        accepted.incrementAndGet();
        return socket;
    }

    int accepted() {
        return accepted.get();
    }
}

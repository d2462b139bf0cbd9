package sockets.ch04.exercises;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.Socket;

/** Both ends of a connected socket, as one line of text. */
public final class PeerAddress {

    private PeerAddress() {
    }

    /**
     * Describes a connected socket as {@code local A:P, remote B:Q}: first its own end, then
     * the other. Addresses are numeric ({@code 127.0.0.1}); an IPv6 one is written in
     * brackets ({@code [0:0:0:0:0:0:0:1]:8080}).
     */
    public static String describe(Socket socket) {
        return "local " + endpoint(socket.getLocalAddress(), socket.getLocalPort())
                + ", remote " + endpoint(socket.getInetAddress(), socket.getPort());
    }

    private static String endpoint(InetAddress address, int port) {
        var host = address.toString();
        return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }
}

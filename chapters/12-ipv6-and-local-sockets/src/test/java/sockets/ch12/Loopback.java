package sockets.ch12;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

/** The two loopback addresses the tests may use, and whether this machine has the IPv6 one. */
final class Loopback {

    static final InetAddress IPV4 = literal("127.0.0.1");
    static final InetAddress IPV6 = literal("::1");

    private Loopback() {
    }

    static boolean hasIpv6() {
        try {
            return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                    .anyMatch(IPV6::equals);
        } catch (SocketException e) {
            return false;
        }
    }

    private static InetAddress literal(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

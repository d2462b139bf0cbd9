package sockets.ch12.exercises;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/** The family of a socket address, as the kernel would put it in sa_family, and one more. */
public enum AddressFamily {
    IPV4("IPv4"), IPV6("IPv6"), IPV4_MAPPED("IPv4-mapped"), UNIX("Unix");

    private final String label;

    AddressFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** IPv4, IPv6, IPv4-mapped (::ffff:a.b.c.d kept as an Inet6Address) or Unix. */
    public static AddressFamily of(SocketAddress address) {
        return switch (address) {
            case UnixDomainSocketAddress unix -> UNIX;
            case InetSocketAddress inet when inet.getAddress() instanceof Inet4Address -> IPV4;
            case InetSocketAddress inet when inet.getAddress() instanceof Inet6Address -> IPV6;
            case null, default -> throw new IllegalArgumentException(
                    "not an IP or Unix domain socket address: " + address);
        };
    }
}

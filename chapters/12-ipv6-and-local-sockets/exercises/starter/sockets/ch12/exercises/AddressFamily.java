package sockets.ch12.exercises;

import java.net.SocketAddress;

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
        // TODO(exercise): look at the kind of SocketAddress, then at the InetAddress inside it.
        throw new UnsupportedOperationException("AddressFamily.of is not written yet");
    }
}

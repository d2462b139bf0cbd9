package sockets.ch07.exercises;

/** A host and a port as a person writes them, taken apart without any lookup. */
public record HostPort(String host, int port, Kind kind) {

    /** What the host is: a literal of either family, or a name to be looked up later. */
    public enum Kind { IPV4, IPV6, NAME }

    /**
     * Parses {@code host:port}, {@code [ipv6]:port}, a bare IPv6 address or a host alone;
     * a text without a port gets {@code defaultPort}.
     *
     * @throws IllegalArgumentException when the text is not an address, with the reason
     */
    public static HostPort parse(String text, int defaultPort) {
        // TODO(exercise): brackets first, then "two colons or more", then one colon or none.
        // Check the port before anything else about the host; never look a name up.
        throw new UnsupportedOperationException("HostPort.parse is not written yet");
    }

    // TODO(exercise): override toString() to write the address back: "localhost:80",
    // "127.0.0.1:7", "[::1]:9000" (an IPv6 host goes in brackets, so the port stays apart).
}

package sockets.ch07.exercises;

import java.net.Inet4Address;
import java.net.Inet6Address;

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
        checkPort(defaultPort);
        String host;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("'" + text + "': a '[' without its ']'");
            }
            host = text.substring(1, close);
            var rest = text.substring(close + 1);
            if (rest.startsWith(":")) {
                port = rest.substring(1);
            } else if (!rest.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "': after ']' only ':PORT' may follow");
            }
            if (!isIpv6(host)) {
                throw new IllegalArgumentException("'" + text + "': brackets hold an IPv6 address");
            }
            return new HostPort(host, portOf(text, port, defaultPort), Kind.IPV6);
        }
        if (text.contains("]")) {
            throw new IllegalArgumentException("'" + text + "': a ']' without its '['");
        }
        if (text.indexOf(':') != text.lastIndexOf(':')) {
            if (!isIpv6(text)) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv6 address");
            }
            return new HostPort(text, defaultPort, Kind.IPV6);
        }
        int colon = text.indexOf(':');
        host = colon < 0 ? text : text.substring(0, colon);
        port = colon < 0 ? null : text.substring(colon + 1);
        int number = portOf(text, port, defaultPort);
        if (host.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "': the host is missing");
        }
        if (host.matches("[0-9.]+")) {
            try {
                Inet4Address.ofLiteral(host);
            } catch (IllegalArgumentException notIpv4) {
                throw new IllegalArgumentException("'" + text + "': " + host + " is not an IPv4 address");
            }
            return new HostPort(host, number, Kind.IPV4);
        }
        return new HostPort(host, number, Kind.NAME);
    }

    /** The address written back: an IPv6 host goes in brackets, so that the port stays apart. */
    @Override
    public String toString() {
        return (kind == Kind.IPV6 ? "[" + host + "]" : host) + ":" + port;
    }

    private static boolean isIpv6(String host) {
        try {
            Inet6Address.ofLiteral(host);
            return true;
        } catch (IllegalArgumentException notIpv6) {
            return false;
        }
    }

    private static int portOf(String text, String port, int defaultPort) {
        if (port == null) {
            return defaultPort;
        }
        int number = Integer.parseInt(port);
        if (number < 0 || number > 65_535) {
            throw new IllegalArgumentException("'" + text + "': '" + port + "' is not a port (0-65535)");
        }
        return number;
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(port + " is not a port (0-65535)");
        }
    }
}

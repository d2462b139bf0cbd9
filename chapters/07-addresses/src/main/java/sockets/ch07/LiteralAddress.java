package sockets.ch07;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

/**
 * Reads IP address literals: C's {@code inet_pton(3)}, in Java {@code ofLiteral} (Java 22).
 * Unlike {@code InetAddress.getByName}, {@code ofLiteral} never falls back to a lookup: text
 * that is not a literal is an error, not a host name to ask DNS about.
 */
final class LiteralAddress {

    private LiteralAddress() {
    }

    // tag::ipv4[]
    static InetAddress ipv4(String text, String host) throws ParsedAddress.Rejected {
        try {
            return Inet4Address.ofLiteral(host);
        } catch (IllegalArgumentException notIpv4) {
            var parts = host.split("\\.", -1);
            for (var part : parts) {
                if (parts.length == 4 && !part.isEmpty()
                        && (part.length() > 3 || Integer.parseInt(part) > 255)) {
                    throw new ParsedAddress.Rejected(text,
                            part + " is not an IPv4 octet (0-255)");
                }
            }
            throw new ParsedAddress.Rejected(text,
                    host + " is not an IPv4 address (four numbers 0-255, like 127.0.0.1)");
        }
    }
    // end::ipv4[]

    // tag::ipv6[]
    static InetAddress ipv6(String text, String host) throws ParsedAddress.Rejected {
        // fe80::1%lo: after '%' comes a zone, the interface a link-local address is on.
        int percent = host.indexOf('%');
        var zone = percent < 0 ? null : host.substring(percent + 1);
        var address = percent < 0 ? host : host.substring(0, percent);
        try {
            // An IPv4-mapped address (::ffff:127.0.0.1) comes back as an Inet4Address.
            var parsed = Inet6Address.ofLiteral(address);
            if (zone == null) {
                return parsed;
            }
            // sin6_scope_id is a number: the zone's interface index, if_nametoindex(3).
            int index = zone.matches("[0-9]{1,9}")
                    ? Integer.parseInt(zone) : indexOf(text, zone);
            return Inet6Address.getByAddress(null, parsed.getAddress(), index);
        } catch (IllegalArgumentException | UnknownHostException notIpv6) {
            var bare = host.contains(":") && !text.startsWith("[");
            throw new ParsedAddress.Rejected(text, host + " is not an IPv6 address"
                    + (bare ? " (a port after one needs [brackets])" : ""));
        }
    }
    // end::ipv6[]

    // Asks the kernel for its list of interfaces (netlink): nothing leaves the machine.
    private static int indexOf(String text, String zone) throws ParsedAddress.Rejected {
        try {
            var nic = NetworkInterface.getByName(zone);
            if (nic != null) {
                return nic.getIndex();
            }
        } catch (SocketException unreadable) {
            // falls through to the same sentence as an interface that does not exist
        }
        throw new ParsedAddress.Rejected(text, "this machine has no network interface " + zone);
    }
}

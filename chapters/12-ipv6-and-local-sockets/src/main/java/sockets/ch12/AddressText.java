package sockets.ch12;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.util.Arrays;

/**
 * How this chapter writes an address: 127.0.0.1:54321, [::1]:54321 (IPv6 in brackets, in its
 * short form), or a Unix domain socket's path. Java writes ::1 as 0:0:0:0:0:0:0:1.
 */
final class AddressText {

    private AddressText() {
    }

    static String hostAndPort(SocketAddress address) {
        return switch (address) {
            case InetSocketAddress inet when inet.getAddress() instanceof Inet6Address v6 ->
                    "[" + shortForm(v6.getHostAddress()) + "]:" + inet.getPort();
            case InetSocketAddress inet when inet.getAddress() != null ->
                    inet.getAddress().getHostAddress() + ":" + inet.getPort();
            case InetSocketAddress unresolved -> unresolved.getHostString() + ":" + unresolved.getPort();
            // An unbound Unix socket (every client's) has an empty path: no name at all.
            case UnixDomainSocketAddress unix when unix.getPath().toString().isEmpty() -> "(unnamed)";
            case UnixDomainSocketAddress unix -> unix.getPath().toString();
            default -> address.toString();
        };
    }

    /** IPv4 or IPv6 as Java shows the address (it turns ::ffff:a.b.c.d into a.b.c.d), or Unix. */
    static String family(SocketAddress address) {
        return switch (address) {
            case InetSocketAddress inet when inet.getAddress() instanceof Inet6Address -> "IPv6";
            case InetSocketAddress inet -> "IPv4";
            default -> "Unix";
        };
    }

    /** 0:0:0:0:0:0:0:1 as ::1: the longest run of two or more zero groups becomes :: (RFC 5952). */
    static String shortForm(String eightGroups) {
        var zone = eightGroups.indexOf('%') < 0 ? "" : eightGroups.substring(eightGroups.indexOf('%'));
        var groups = eightGroups.substring(0, eightGroups.length() - zone.length()).split(":");
        int start = -1;
        int length = 1;
        for (int i = 0, j; i < groups.length; i = j + 1) {
            for (j = i; j < groups.length && groups[j].equals("0"); j++) {
                // counts the zero groups from i
            }
            if (j - i > length) {
                start = i;
                length = j - i;
            }
        }
        if (start < 0) {
            return eightGroups;
        }
        return String.join(":", Arrays.copyOfRange(groups, 0, start)) + "::"
                + String.join(":", Arrays.copyOfRange(groups, start + length, groups.length)) + zone;
    }
}

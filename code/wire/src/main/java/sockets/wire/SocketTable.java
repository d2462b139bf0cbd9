package sockets.wire;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Prints socket rows as {@code ss -tan} does: state, queues, both addresses, the owner. The two
 * ends of a connection on this machine print next to each other, the end that has the port
 * asked for first, so that a pair reads as one connection seen from both sides.
 */
public final class SocketTable {

    private static final String ROW = "%-12s %6s %6s  %-22s %-22s %s%n";

    private SocketTable() {
    }

    // tag::format[]
    /** The table of the rows, in a stable order; {@code port} (or -1) says which end is "ours". */
    public static String format(List<TcpSocket> rows, Map<Long, SocketOwners.Owner> owners, int port) {
        var text = new StringBuilder(String.format(ROW,
                "State", "Recv-Q", "Send-Q", "Local Address:Port", "Peer Address:Port", "Process"));
        rows.stream().sorted(order(port)).forEach(row -> text.append(String.format(ROW,
                row.state(),
                row.receiveQueue(),
                // A listener's limit (ss shows it as Send-Q) is not in /proc/net/tcp.
                row.state() == TcpState.LISTEN ? "-" : Long.toString(row.unacknowledged()),
                endpoint(row.local()),
                endpoint(row.remote()),
                owner(row, owners))));
        return text.toString();
    }
    // end::format[]

    private static String owner(TcpSocket row, Map<Long, SocketOwners.Owner> owners) {
        var owner = owners.get(row.inode());
        if (owner != null) {
            return owner.toString();
        }
        if (row.inode() == 0) {
            return row.state().whereUnowned();
        }
        return "(owner not visible)"; // another user's process, or one outside our PID namespace
    }

    /** Listeners first, then connections by their pair of ports, our end before its peer. */
    private static Comparator<TcpSocket> order(int port) {
        return Comparator.comparing((TcpSocket row) -> row.state() != TcpState.LISTEN)
                .thenComparing(row -> pairKey(row))
                .thenComparing(row -> port >= 0 ? row.local().getPort() != port
                        : row.local().getPort() > row.remote().getPort())
                .thenComparing(row -> row.state().ordinal());
    }

    private static String pairKey(TcpSocket row) {
        var a = endpoint(row.local());
        var b = endpoint(row.remote());
        var first = Math.min(row.local().getPort(), row.remote().getPort());
        var second = Math.max(row.local().getPort(), row.remote().getPort());
        return "%05d %05d %s %s".formatted(first, second, a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a);
    }

    /** 127.0.0.1:41187, [::1]:41187, * for the wildcard address and for the port of no peer. */
    static String endpoint(InetSocketAddress address) {
        var ip = address.getAddress();
        var host = ip.isAnyLocalAddress() ? "*"
                : ip instanceof Inet6Address v6 ? "[" + compressed(v6.getHostAddress()) + "]"
                : ip.getHostAddress();
        return host + ":" + (address.getPort() == 0 ? "*" : Integer.toString(address.getPort()));
    }

    /** 0:0:0:0:0:0:0:1 as ::1: the longest run of zero groups becomes "::" (RFC 5952). */
    static String compressed(String full) {
        var groups = full.replaceAll("%.*$", "").split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        return String.join(":", List.of(groups).subList(0, bestStart)) + "::"
                + String.join(":", List.of(groups).subList(bestStart + bestLength, groups.length));
    }
}

package sockets.wire;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The kernel's table of TCP sockets, read from {@code /proc/net/tcp} and {@code /proc/net/tcp6}:
 * the text {@code netstat} reads (ss asks the kernel over a netlink socket instead). Each file
 * lists the sockets of the network namespace of the process that reads it.
 */
public final class TcpTable {

    private static final Path PROC_NET = Path.of("/proc/net");

    private TcpTable() {
    }

    /** Whether this machine has the table (Linux does; macOS and Windows do not). */
    public static boolean isReadable() {
        return Files.isReadable(PROC_NET.resolve("tcp"));
    }

    /** Every TCP socket of this network namespace, IPv4 and IPv6. */
    public static List<TcpSocket> read() throws IOException {
        var sockets = new ArrayList<TcpSocket>();
        for (var file : List.of("tcp", "tcp6")) {
            var path = PROC_NET.resolve(file);
            if (!Files.exists(path)) {
                continue; // a kernel without IPv6 has no tcp6
            }
            var lines = Files.readAllLines(path);
            // The first line is the header: "sl local_address rem_address st tx_queue ..."
            for (var line : lines.subList(1, lines.size())) {
                sockets.add(parse(line));
            }
        }
        return sockets;
    }

    // tag::parse[]
    /**
     * One line of the table, such as
     * {@code 0: 0100007F:A0E3 00000000:0000 0A 00000000:00000002 00:00000000 00000000}
     * {@code 1000 0 4242 ...}:
     * local and remote address, state, tx_queue (bytes not acknowledged) and rx_queue, ...,
     * uid, timeout, inode.
     */
    static TcpSocket parse(String line) {
        var fields = line.strip().split("\\s+");
        var queues = fields[4].split(":");
        return new TcpSocket(
                TcpState.ofCode(Integer.parseInt(fields[3], 16)),
                address(fields[1]),
                address(fields[2]),
                Long.parseLong(queues[1], 16),
                Long.parseLong(queues[0], 16),
                Integer.parseInt(fields[7]),
                Long.parseLong(fields[9]));
    }

    /**
     * {@code 0100007F:A0E3} is 127.0.0.1 port 41187. The kernel prints the address as 32-bit
     * words, each in the machine's byte order ({@code %08X} of the raw word), so on a
     * little-endian machine the bytes of each word come out reversed; the port is a number.
     */
    static InetSocketAddress address(String hex) {
        var parts = hex.split(":");
        var words = parts[0];
        var bytes = ByteBuffer.allocate(words.length() / 2).order(ByteOrder.nativeOrder());
        for (int i = 0; i < words.length(); i += 8) {
            bytes.putInt((int) Long.parseLong(words.substring(i, i + 8), 16));
        }
        try {
            // An IPv4-mapped IPv6 address (::ffff:127.0.0.1, what Java's dual-stack sockets
            // hold) comes back as the IPv4 address it maps.
            return new InetSocketAddress(InetAddress.getByAddress(bytes.array()),
                    Integer.parseInt(parts[1], 16));
        } catch (UnknownHostException impossible) {
            throw new IllegalArgumentException("not an address: " + hex + " "
                    + HexFormat.of().formatHex(bytes.array()), impossible);
        }
    }
    // end::parse[]
}

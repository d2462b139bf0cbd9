package sockets.ch12;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Linux's table of TCP sockets of the family AF_INET6, {@code /proc/net/tcp6}: the kernel's
 * own record of a connection, before the JDK turns a mapped address back into IPv4.
 */
final class KernelTable {

    private static final Path TCP6 = Path.of("/proc/net/tcp6");

    private KernelTable() {
    }

    // tag::look-up[]
    /** The connection with these two ports, as "LOCAL -> REMOTE" in the kernel's addresses. */
    static Optional<String> lookUp(int localPort, int remotePort) {
        // A line: "sl local_address rem_address st ...", each address ADDR:PORT in hex.
        var wanted = ":%04X".formatted(localPort);
        var peer = ":%04X".formatted(remotePort);
        try (var lines = Files.lines(TCP6)) {
            return lines.map(line -> line.trim().split("\\s+"))
                    .filter(f -> f.length > 2 && f[1].endsWith(wanted) && f[2].endsWith(peer))
                    .findFirst().map(f -> text(f[1]) + " -> " + text(f[2]));
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }
    // end::look-up[]

    /** 0000000000000000FFFF00000100007F:9D3F as [::ffff:127.0.0.1]:40255. */
    private static String text(String field) {
        var hex = HexFormat.of().parseHex(field.substring(0, 32));
        var address = new byte[16];
        // Four 32-bit words, each printed in the machine's byte order (little-endian on x86).
        for (int word = 0; word < 4; word++) {
            for (int i = 0; i < 4; i++) {
                address[word * 4 + i] = hex[word * 4 + 3 - i];
            }
        }
        var port = Integer.parseInt(field.substring(33), 16);
        return "[" + ipv6Text(address) + "]:" + port;
    }

    /** An IPv4-mapped address as ::ffff:a.b.c.d; any other as Java writes IPv6. */
    private static String ipv6Text(byte[] address) {
        var mapped = address[10] == (byte) 0xff && address[11] == (byte) 0xff;
        for (int i = 0; i < 10; i++) {
            mapped &= address[i] == 0;
        }
        if (mapped) {
            return "::ffff:%d.%d.%d.%d".formatted(address[12] & 0xff, address[13] & 0xff,
                    address[14] & 0xff, address[15] & 0xff);
        }
        try {
            // Inet6Address.getByAddress keeps 16 bytes as IPv6; InetAddress would not.
            return AddressText.shortForm(Inet6Address.getByAddress(null, address, -1).getHostAddress());
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

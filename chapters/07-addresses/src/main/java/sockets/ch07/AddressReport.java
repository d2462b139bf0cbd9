package sockets.ch07;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;

/**
 * Chapter 07: addresses. Takes each address written on the command line apart, says whether
 * it is a literal (read on the spot) or a name (looked up), and prints every IP address it
 * stands for with its bytes as the kernel keeps them. With no arguments it runs its own
 * examples, then makes a connection to itself and prints the addresses of both ends.
 */
public final class AddressReport {

    static final String USAGE = """
            usage: ./workbook run 07 [ADDRESS...]  or  ./workbook run 07 --host HOST [--port PORT]
              Takes each ADDRESS apart (HOST:PORT, [IPV6]:PORT, IPV6 or HOST alone) and prints
              every IP address it stands for. A literal is read without a lookup; a name is
              looked up, except one under .invalid, which never resolves.
              With no ADDRESS it runs its own examples and connects to itself on 127.0.0.1.
              --host HOST  one address given in parts (default 127.0.0.1):
              --port PORT  --host ::1 --port 9000 is [::1]:9000
            """;

    /** The forms the chapter discusses, good and bad; the last three are rejected. */
    static final List<String> EXAMPLES = List.of("127.0.0.1:7", "localhost:8080", "[::1]:9000",
            "::1", "::1:9000", "::ffff:127.0.0.1", "[fe80::1%lo]:22",
            "example.invalid:80", "300.1.1.1:5", "host:99999");

    private AddressReport() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args);
            if (options.addresses().isEmpty()) {
                reportAll(EXAMPLES);
                System.out.println();
                var loopback = InetAddress.ofLiteral("127.0.0.1");
                ConnectionEnds.print(ConnectionEnds.connectToItself(loopback));
            } else if (!reportAll(options.addresses())) {
                System.exit(2);
            }
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("the connection to itself failed: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    /** Reports each address in turn; a rejected one is one sentence on stderr. */
    static boolean reportAll(List<String> texts) {
        var allAccepted = true;
        for (var text : texts) {
            try {
                report(text);
            } catch (ParsedAddress.Rejected rejected) {
                System.err.println(rejected.getMessage());
                allAccepted = false;
            }
        }
        return allAccepted;
    }

    // tag::report[]
    static void report(String text) throws ParsedAddress.Rejected {
        var parsed = ParsedAddress.parse(text);
        var addresses = AddressLookup.addresses(parsed);
        System.out.println(text);
        System.out.println("  " + form(parsed, addresses.size()));
        if (parsed.port().isEmpty()) {
            System.out.println("  no port");
        } else {
            int port = parsed.port().getAsInt();
            // htons(3): the port's two bytes, high byte first, as sin_port holds them.
            var bytes = ByteBuffer.allocate(2).putShort((short) port).array();
            System.out.println("  port " + port + ", in network byte order "
                    + HexFormat.ofDelimiter(" ").formatHex(bytes));
            if (parsed.isName()) {
                // What a client holds before the lookup: a name and a port, no address.
                var unresolved = InetSocketAddress.createUnresolved(parsed.host(), port);
                var resolved = new InetSocketAddress(addresses.getFirst(), port);
                System.out.println("  InetSocketAddress " + unresolved + ", then "
                        + resolved);
            }
        }
        for (var address : addresses) {
            System.out.println("  " + row(parsed, address));
        }
    }
    // end::report[]

    private static String form(ParsedAddress parsed, int count) {
        if (parsed.isName()) {
            return "name, looked up: getAllByName found " + count
                    + (count == 1 ? " address" : " addresses");
        }
        if (!parsed.host().contains(":")) {
            return "IPv4 literal, read without a lookup";
        }
        return parsed.text().startsWith("[")
                ? "IPv6 literal in brackets, read without a lookup"
                : "IPv6 literal, read without a lookup; without brackets no port can follow";
    }

    // tag::row[]
    static String row(ParsedAddress parsed, InetAddress address) {
        // inet_ntop(3), then the bytes of sin_addr or sin6_addr, in network byte order.
        var family = address instanceof Inet4Address ? "IPv4" : "IPv6";
        var row = "%-4s %-21s %s".formatted(family, address.getHostAddress(),
                hex(address.getAddress()));
        if (address instanceof Inet4Address && parsed.host().contains(":")) {
            row += " (IPv4-mapped: Java made it an Inet4Address)";
        }
        if (address instanceof Inet6Address v6 && v6.getScopeId() != 0) {
            row += " (scope id " + v6.getScopeId() + ")";
        }
        return row;
    }
    // end::row[]

    /** IPv4 as four bytes, IPv6 as eight groups of two: the written groups, in full. */
    static String hex(byte[] bytes) {
        if (bytes.length == 4) {
            return HexFormat.ofDelimiter(" ").formatHex(bytes);
        }
        var groups = new StringBuilder();
        for (int i = 0; i < bytes.length; i += 2) {
            groups.append(i == 0 ? "" : " ").append(HexFormat.of().formatHex(bytes, i, i + 2));
        }
        return groups.toString();
    }
}

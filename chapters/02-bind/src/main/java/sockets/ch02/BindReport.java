package sockets.ch02;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;

/**
 * Chapter 02: bind gives a socket its address and port. The report binds a listener to
 * {@code --host} and {@code --port}, prints what the kernel gave it (the port it chose for port
 * 0, the port's bytes in network order), then tours what bind refuses, and exits.
 */
public final class BindReport {

    static final String USAGE = """
            usage: ./workbook run 02 [bind] [--host ADDRESS] [--port PORT]
              Binds a listening socket to ADDRESS:PORT and reports what the kernel gave it,
              then shows, on 127.0.0.1, each way bind can fail; it stops by itself.
              --host ADDRESS  the address to bind (default 127.0.0.1; 0.0.0.0 is every address)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
            """;

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args);
            var wanted = new InetSocketAddress(options.host(), options.port());
            try (var listener = new ServerSocket()) {
                bind(listener, wanted);
                report(wanted, listener);
                System.out.println();
                BindRefusals.tour(listener);
            }
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (BindException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the report failed: " + e.getMessage() + ".");
            System.exit(1);
        }
    }

    static void bind(ServerSocket listener, InetSocketAddress wanted) throws BindException {
        try {
            // tag::bind[]
            // bind(2), then listen(2) at once: Java's ServerSocket does both in bind().
            listener.bind(wanted);
            // end::bind[]
        } catch (BindException refused) {
            throw new BindException(BindError.of(wanted, refused).sentence());
        } catch (IOException other) {
            throw new BindException("cannot bind " + Options.hostAndPort(wanted) + ": "
                    + other.getMessage() + ".");
        }
    }

    static void report(InetSocketAddress wanted, ServerSocket listener) {
        // tag::report[]
        // getsockname(2): the address and port the kernel actually gave the socket
        var got = (InetSocketAddress) listener.getLocalSocketAddress();
        System.out.println("bind(" + Options.hostAndPort(wanted) + ") gave "
                + Options.hostAndPort(got));
        System.out.println("listening on " + Options.hostAndPort(got));
        System.out.println("  address " + got.getAddress().getHostAddress() + ": "
                + reach(got));
        System.out.println("  port " + got.getPort() + ": " + (wanted.getPort() == 0
                ? "chosen by the kernel from its ephemeral range " + ephemeralRange()
                : "the one asked for"));
        // end::report[]
        // tag::bytes[]
        // sin_port holds the port big-endian ("network byte order"): what htons(3) makes.
        var network = ByteBuffer.allocate(2).order(ByteOrder.BIG_ENDIAN)
                .putShort((short) got.getPort()).array();
        var inMemory = ByteBuffer.allocate(2).order(ByteOrder.nativeOrder())
                .putShort((short) got.getPort()).array();
        var hex = HexFormat.ofDelimiter(" ");
        System.out.println("  port " + got.getPort() + " in network byte order (htons): "
                + hex.formatHex(network));
        System.out.println("  port " + got.getPort() + " in this CPU's order ("
                + ByteOrder.nativeOrder() + "): " + hex.formatHex(inMemory));
        // end::bytes[]
    }

    // tag::reach[]
    private static String reach(InetSocketAddress address) {
        var host = address.getAddress();
        if (host.isAnyLocalAddress()) {
            return "the wildcard: every address of this machine, "
                    + "so other machines can connect";
        }
        if (host.isLoopbackAddress()) {
            return "loopback: only programs on this machine can connect";
        }
        return "one address of this machine: whoever can reach it can connect";
    }
    // end::reach[]

    private static String ephemeralRange() {
        return LinuxProc.ephemeralRange().orElse("(not shown: Linux only, /proc/sys/net/ipv4/ip_local_port_range)");
    }
}

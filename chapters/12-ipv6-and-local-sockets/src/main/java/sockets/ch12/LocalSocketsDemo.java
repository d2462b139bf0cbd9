package sockets.ch12;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Chapter 12's demo: the echo over IPv4 and over IPv6, two listeners on one port number, each
 * connection shown from Java and from the kernel's table; then the echo over a Unix domain
 * socket ({@link UnixSocketDemo}). It stops by itself and leaves no file behind.
 */
public final class LocalSocketsDemo {

    static final String USAGE = """
            usage: ./workbook run 12 [--host ADDRESS] [--port PORT]
              Echoes a line over IPv4, over IPv6 and over a Unix domain socket, showing
              each connection's addresses, then stops. To run them yourself:
              ./workbook run 12 server, client, unix-server and unix-client.
              --host ADDRESS  the IPv4 listener's address (default 127.0.0.1); the IPv6
                              listener is on ::1, at the same port number
              --port PORT     that port; 0, the default, lets the kernel pick a free one
            """;

    private static final LineEcho.Limits LIMITS = new LineEcho.Limits(4, Duration.ofSeconds(10));

    private LocalSocketsDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.DEMO);
            var tcp = options.tcp();
            if (!(tcp.host() instanceof Inet4Address)) {
                throw new Options.BadArgument("the demo's --host is its IPv4 listener's address,"
                        + " such as 127.0.0.1, not '" + tcp.host().getHostAddress() + "'.");
            }
            overTcp(tcp.address());
            UnixSocketDemo.overUnixSocket();
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException | InterruptedException e) {
            System.err.println("the demo failed: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::tcp[]
    static void overTcp(InetSocketAddress ipv4) throws IOException, InterruptedException {
        System.out.println("== TCP over IPv4 and IPv6: one port number, two listeners");
        try (var v4 = DualStackEchoServer.listen(ipv4);
             var v6 = DualStackEchoServer.listen(
                     new InetSocketAddress(InetAddress.getByName("::1"), v4.getLocalPort()))) {
            var servers = new Thread[] {serveInBackground(v4), serveInBackground(v6)};
            talk(v4.getLocalSocketAddress(), "hello, IPv4");
            talk(v6.getLocalSocketAddress(), "hello, IPv6");
            // close(2) completes once the thread blocked in its accept(2) has left it.
            v4.close();
            servers[0].join();
            var v4Again = new InetSocketAddress(ipv4.getAddress(), v6.getLocalPort());
            try (var socket = new Socket()) {
                socket.connect(v4Again, 5_000);
            } catch (ConnectException refused) {
                System.out.println("IPv4 listener closed: connect to "
                        + AddressText.hostAndPort(v4Again) + " is refused, though "
                        + AddressText.hostAndPort(v6.getLocalSocketAddress()) + " listens");
            }
            v6.close();
            for (var server : servers) {
                server.join();
            }
        }
    }
    // end::tcp[]

    // tag::talk[]
    /** One line there and back; both ends of the connection, as Java and the kernel see them. */
    private static void talk(SocketAddress server, String line) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(server, 5_000);
            socket.setSoTimeout(10_000);
            var echo = roundTrip(socket.getInputStream(), socket.getOutputStream(), line);
            System.out.println("client "
                    + AddressText.hostAndPort(socket.getLocalSocketAddress()) + " -> "
                    + AddressText.hostAndPort(server) + " (" + AddressText.family(server) + "): \""
                    + echo + "\" came back");
            System.out.println("  in /proc/net/tcp6: " + KernelTable.lookUp(socket.getLocalPort(),
                    socket.getPort()).orElse("(not there: no /proc, or an AF_INET socket)"));
            hangUp(socket.getInputStream(), socket::shutdownOutput);
        }
    }
    // end::talk[]

    private static Thread serveInBackground(ServerSocket listener) {
        return Thread.ofPlatform().name("server").start(() -> {
            try {
                DualStackEchoServer.serve(listener, LIMITS, System.out);
            } catch (IOException closedByTheDemo) {
                // close(2) on the listener ends accept(): how the demo stops it
            }
        });
    }

    static String roundTrip(InputStream in, OutputStream out, String line)
            throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        var echo = LineReader.readLine(in);
        return echo == null ? "(end of stream)" : new String(echo, StandardCharsets.UTF_8);
    }

    /** Sends our end of stream and waits for the server's: it has logged by then. */
    static void hangUp(InputStream in, LineSource.HalfClose halfClose) throws IOException {
        halfClose.shutdownOutput();
        in.read();
    }
}

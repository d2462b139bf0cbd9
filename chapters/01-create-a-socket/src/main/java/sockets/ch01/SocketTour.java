package sockets.ch01;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chapter 01: a socket is a kernel object behind a file descriptor. The tour creates the four
 * kinds of socket Java offers and prints what each is before it has an address; then it walks
 * one TCP socket through unbound, bound, connected and closed, and uses it after close.
 */
public final class SocketTour {

    static final String USAGE = """
            usage: ./workbook run 01 [--host ADDRESS] [--port PORT]
              Creates TCP, UDP and channel sockets and prints what each one is, then walks
              a TCP socket through its states against a listener on ADDRESS:PORT.
              --host ADDRESS  where the listener binds (default 127.0.0.1)
              --port PORT     its port; 0, the default, lets the kernel pick a free one
            """;

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args);
            tour(options.host());
            walk(options);
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {  // a BindException is EADDRINUSE, or EACCES for a port below 1024
            System.err.println("the tour failed: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    static void tour(InetAddress host) throws IOException {
        var before = openDescriptors();
        int whileOpen;
        // tag::create[]
        // socket(AF_INET6, SOCK_STREAM, 0) for both TCP sockets, made on first use;
        // socket(AF_INET6, SOCK_DGRAM, 0) for UDP (null: do not bind it yet);
        // socket(AF_INET, SOCK_STREAM, 0) for the channel: the family you ask for.
        try (var listener = new ServerSocket();                  // <1>
             var client = new Socket();                          // <2>
             var udp = new DatagramSocket(null);                 // <3>
             var channel = SocketChannel.open(familyOf(host))) { // <4>
        // end::create[]
            OptionReport.describe("new ServerSocket()", "TCP, to listen", listener.supportedOptions(), listener::getOption);
            OptionReport.describe("new Socket()", "TCP, to connect", client.supportedOptions(), client::getOption);
            OptionReport.describe("new DatagramSocket(null)", "UDP", udp.supportedOptions(), udp::getOption);
            OptionReport.describe("SocketChannel.open(" + familyOf(host) + ")", "TCP, as a channel",
                    channel.supportedOptions(), channel::getOption);
            whileOpen = openDescriptors();
        }
        if (before < 0) {
            System.out.println("file descriptors: not counted (Linux only: this system has no /proc/self/fd)");
        } else {
            System.out.printf("file descriptors opened: %d with the sockets open, %d after closing them%n",
                    whileOpen - before, openDescriptors() - before);
        }
    }

    static void walk(Options options) throws IOException {
        System.out.println();
        // tag::walk[]
        try (var listener = new ServerSocket()) {
            var wanted = new InetSocketAddress(options.host(), options.port());
            try {
                listener.bind(wanted);  // bind(2), then listen(2)
            } catch (BindException e) {
                throw new BindException("cannot bind " + Options.hostAndPort(wanted)
                        + ": " + e.getMessage());
            }
            var client = new Socket();
            show("new Socket()", client);
            try (client) {
                var anyPort = new InetSocketAddress(options.host(), 0);
                client.bind(anyPort);  // bind(2): the kernel picks the port
                show("bind(" + Options.hostAndPort(anyPort) + ")", client);
                client.connect(listener.getLocalSocketAddress());  // connect(2): the handshake
                show("connect(" + Options.hostAndPort(listener.getLocalSocketAddress()) + ")", client);
            }  // close(2), by try-with-resources
            show("close()", client);
            try {
                client.getOutputStream();
            } catch (SocketException closed) {
                System.out.println("using it after close: SocketException: " + closed.getMessage());
            }
        }
        // end::walk[]
    }

    private static void show(String step, Socket socket) {
        System.out.printf("%-26s isBound=%-5s isConnected=%-5s isClosed=%-5s local %s%n", step,
                socket.isBound(), socket.isConnected(), socket.isClosed(), Options.hostAndPort(socket.getLocalSocketAddress()));
    }


    // The JDK's message is strerror(3) text, "Address already in use"; it may also be null.

    private static StandardProtocolFamily familyOf(InetAddress host) {
        return host instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    // tag::descriptors[]
    // Linux lists a process's descriptors in /proc/self/fd (the listing's own is not counted).
    // macOS and Windows have no /proc: -1, nothing counted.
    static int openDescriptors() {
        try (var descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return (int) descriptors.count() - 1;
        } catch (IOException | UncheckedIOException notLinux) {
            return -1;
        }
    }
    // end::descriptors[]
}

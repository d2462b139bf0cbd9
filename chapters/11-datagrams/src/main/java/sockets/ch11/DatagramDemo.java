package sockets.ch11;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * Chapter 11's demo: the echo server on a thread, and a client that shows what datagrams
 * are: boundaries kept, a datagram cut to the array it lands in, the largest one there is.
 * {@link UnreliableDeliveryDemo} goes on with late, lost and unanswered datagrams.
 */
public final class DatagramDemo {

    static final String USAGE = """
            usage: ./workbook run 11 [--host ADDRESS] [--port PORT]
              Runs the UDP echo server on a thread and clients against it, then stops.
              To run them yourself: ./workbook run 11 server, ./workbook run 11 client.
              --host ADDRESS  where the echo server receives (default 127.0.0.1)
              --port PORT     its port; 0, the default, lets the kernel pick a free one
            """;

    private DatagramDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.DEMO);
            var wanted = new InetSocketAddress(options.host(), options.port());
            try (var echo = UdpEchoServer.bind(wanted);
                 var lossy = UdpEchoServer.bind(new InetSocketAddress(options.host(), 0))) {
                System.out.println("listening on " + Options.hostAndPort(echo.getLocalAddress()));
                serveQuietly(echo, 0);
                serveQuietly(lossy, 3);
                demonstrate(echo.getLocalAddress());
                UnreliableDeliveryDemo.demonstrate(echo.getLocalAddress(), lossy.getLocalAddress());
            }
            System.out.println("the servers are closed, so the demo stops.");
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the demo failed: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    /** Runs the server's loop on a daemon thread, its log left out of the demo's output. */
    private static void serveQuietly(DatagramChannel channel, int dropEvery) {
        var quiet = new PrintStream(OutputStream.nullOutputStream());
        Thread.ofPlatform().daemon().name("udp-echo-server").start(() -> {
            try {
                UdpEchoServer.serve(channel, dropEvery, quiet);
            } catch (ClosedChannelException closedByTheDemo) {
                // close(2) ends the blocked recvfrom(2): the way the demo stops it
            } catch (IOException e) {
                System.err.println("the echo server failed: " + Options.lower(e));
            }
        });
    }

    static void demonstrate(SocketAddress server) throws IOException {
        try (var socket = new DatagramSocket()) {
            socket.connect(server);
            // Only a safety net: on loopback every echo comes back in microseconds.
            socket.setSoTimeout(5_000);
            // tag::boundaries[]
            System.out.println("three datagrams sent, three received:");
            for (var text : new String[] {"one", "two", "three"}) {
                send(socket, text.getBytes(StandardCharsets.UTF_8));
            }
            var echoes = new ArrayList<String>();
            for (int i = 0; i < 3; i++) {
                echoes.add('"' + receive(socket, new byte[100]) + '"');
            }
            System.out.println("  " + String.join(" ", echoes));
            // end::boundaries[]
            // tag::truncation[]
            System.out.println("100 bytes received into a 16-byte array:");
            send(socket, "0123456789".repeat(10).getBytes(StandardCharsets.UTF_8));
            var small = new byte[16];
            var kept = receive(socket, small);
            System.out.println("  kept \"" + kept + "\", the other 84 bytes are gone");
            send(socket, "next".getBytes(StandardCharsets.UTF_8));
            System.out.println("  the next receive is the next datagram: \""
                    + receive(socket, small) + '"');
            // end::truncation[]
            // tag::largest[]
            // 65,535 bytes of IP packet less the IPv4 and UDP headers (20 and 8 bytes);
            // IPv6 does not count its own 40-byte header, so there 65,527 fit.
            var ipv6 = ((InetSocketAddress) server).getAddress() instanceof Inet6Address;
            int largest = ipv6 ? 65_527 : 65_507;
            System.out.println("the largest datagram " + (ipv6 ? "IPv6" : "IPv4")
                    + " carries, and one byte more:");
            send(socket, new byte[largest]);
            var back = new DatagramPacket(new byte[65_536], 65_536);
            socket.receive(back);
            System.out.println("  " + largest + " bytes: sent, and " + back.getLength()
                    + " came back in one datagram");
            try {
                send(socket, new byte[largest + 1]);
                System.out.println("  " + (largest + 1) + " bytes: sent?");
            } catch (IOException e) {
                // EMSGSIZE from sendto(2): the kernel refuses it whole; nothing is sent.
                System.out.println("  " + (largest + 1) + " bytes: not sent, " + e.getMessage());
            }
            // end::largest[]
        }
    }

    private static void send(DatagramSocket socket, byte[] bytes) throws IOException {
        // send(2) on a connected socket: the peer is implied
        socket.send(new DatagramPacket(bytes, bytes.length));
    }

    private static String receive(DatagramSocket socket, byte[] into) throws IOException {
        var packet = new DatagramPacket(into, into.length);
        // recvmsg(2): one datagram; what does not fit in the array is discarded
        socket.receive(packet);
        return new String(into, 0, packet.getLength(), StandardCharsets.UTF_8);
    }
}

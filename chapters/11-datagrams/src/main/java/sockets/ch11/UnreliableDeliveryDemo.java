package sockets.ch11;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The second half of chapter 11's demo: what UDP does not promise. An echo that comes back
 * late, a datagram that is lost, and a datagram to a port where nothing receives; the client's
 * numbering, its retries and a connected socket each answer one of them.
 */
final class UnreliableDeliveryDemo {

    /**
     * Short, so that the demo is quick; loopback answers in microseconds, and half a second
     * leaves room for a busy machine that runs the server's thread late.
     */
    static final Duration TIMEOUT = Duration.ofMillis(500);

    private UnreliableDeliveryDemo() {
    }

    static void demonstrate(SocketAddress echo, SocketAddress lossy) throws IOException {
        // tag::late[]
        System.out.println("request 1, its echo again (late), then request 2:");
        try (var socket = new DatagramSocket()) {
            socket.connect(echo);
            say(UdpEchoClient.request(socket, 1, "one", TIMEOUT, 3, indented()));
            // What a retry sent too early leaves behind: a second echo of request 1.
            var again = "1 one".getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(again, again.length));
            say(UdpEchoClient.request(socket, 2, "two", TIMEOUT, 3, indented()));
        }
        // end::late[]
        // tag::lost[]
        System.out.println("a server that drops every 3rd datagram, three requests:");
        try (var socket = new DatagramSocket()) {
            socket.connect(lossy);
            var n = 1;
            for (var text : new String[] {"one", "two", "three"}) {
                say(UdpEchoClient.request(socket, n++, text, TIMEOUT, 3, indented()));
            }
        }
        // end::lost[]
        unreachable(echo);
    }

    private static void unreachable(SocketAddress echo) throws IOException {
        var host = ((InetSocketAddress) echo).getAddress();
        SocketAddress nobody;
        // A port that was free a moment ago: bound by us, then closed again.
        try (var probe = new DatagramSocket(new InetSocketAddress(host, 0))) {
            nobody = probe.getLocalSocketAddress();
        }
        // tag::unreachable[]
        System.out.println("a datagram to a port where nothing receives:");
        try (var connected = new DatagramSocket()) {
            connected.connect(nobody);
            connected.setSoTimeout((int) TIMEOUT.toMillis());
            say("connected socket:   " + sendAndReceive(connected, null));
        }
        try (var unconnected = new DatagramSocket()) {
            unconnected.setSoTimeout((int) TIMEOUT.toMillis());
            say("unconnected socket: " + sendAndReceive(unconnected, nobody));
        }
        // end::unreachable[]
    }

    // tag::send-and-receive[]
    private static String sendAndReceive(DatagramSocket socket, SocketAddress to)
            throws IOException {
        var ping = new DatagramPacket(new byte[] {'?'}, 1);
        if (to != null) {
            ping.setSocketAddress(to);
        }
        socket.send(ping);
        try {
            socket.receive(new DatagramPacket(new byte[16], 16));
            return "a reply?";
        } catch (PortUnreachableException e) {
            // The ICMP error became ECONNREFUSED on the socket, reported by this recv(2).
            return "PortUnreachableException at the next receive";
        } catch (SocketTimeoutException e) {
            // Linux reports ICMP errors only to connected UDP sockets: silence instead.
            return "no error; the receive timed out after " + TIMEOUT.toMillis() + " ms";
        }
    }
    // end::send-and-receive[]

    private static void say(String line) {
        System.out.println("  " + line);
    }

    /** The client's notes (a retry, a late reply), indented as the demo prints them. */
    private static PrintStream indented() {
        return new PrintStream(new ByteArrayOutputStream() {
            @Override
            public synchronized void flush() {
                // Whole lines only: printf may flush before its line is complete.
                var text = toString(StandardCharsets.UTF_8);
                var end = text.lastIndexOf('\n') + 1;
                text.substring(0, end).lines().forEach(UnreliableDeliveryDemo::say);
                reset();
                writeBytes(text.substring(end).getBytes(StandardCharsets.UTF_8));
            }
        }, true, StandardCharsets.UTF_8);
    }
}

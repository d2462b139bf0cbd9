package sockets.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The demos the wire tests read, run in one JVM inside a private namespace (started by
 * {@link Captures}): each scenario gets a packet socket and a pcap file of its own,
 * {@code NAME.pcap}, and writes what its programs saw to {@code NAME.properties}. They run one
 * after another, so that each capture holds one scenario's packets and nothing else.
 */
public final class WireScenarios {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static final int ROUNDS = 10;

    interface Scenario {
        void run(Properties facts) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        var folder = Path.of(args[0]);
        Namespace.bringUpLoopback();
        record Named(String name, Scenario scenario) {
        }
        for (var named : new Named[] {
                new Named("conversation", WireScenarios::conversation),
                new Named("refused", WireScenarios::refused),
                new Named("unread", WireScenarios::closeWithUnreadData),
                new Named("nagle", facts -> smallWrites(facts, false)),
                new Named("nodelay", facts -> smallWrites(facts, true)),
                new Named("udp", WireScenarios::datagrams)}) {
            var facts = new Properties();
            try (var recording = Recording.start(PacketSocket.open(50),
                    PcapWriter.create(folder.resolve(named.name() + ".pcap")))) {
                named.scenario().run(facts);
                recording.awaitQuiet(Duration.ofMillis(200), Duration.ofSeconds(3));
            }
            store(folder, named.name(), facts);
        }
        // Not recorded: its own packet socket is one that nobody reads.
        var facts = new Properties();
        flood(facts);
        store(folder, "flood", facts);
    }

    private static void store(Path folder, String name, Properties facts) throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve(name + ".properties"))) {
            facts.store(out, name);
        }
    }

    /**
     * 32 MiB cross a loopback connection while a packet socket is open and never read: its
     * receive buffer fills, and the kernel drops every frame after, counting them.
     */
    static void flood(Properties facts) throws Exception {
        try (var unread = PacketSocket.open(50);
                var listener = new ServerSocket(0, 50, LOOPBACK)) {
            var server = Thread.ofPlatform().start(() -> {
                try (var connection = listener.accept()) {
                    connection.getInputStream().transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            try (var client = new Socket(LOOPBACK, listener.getLocalPort())) {
                var chunk = new byte[1 << 16];
                for (int i = 0; i < 512; i++) {
                    client.getOutputStream().write(chunk);
                }
            }
            server.join();
            var statistics = unread.statistics();
            facts.setProperty("packets", Long.toString(statistics.packets()));
            facts.setProperty("drops", Long.toString(statistics.drops()));
            facts.setProperty("receive.buffer", Integer.toString(unread.receiveBuffer()));
            // The cap as this namespace sees it (newer kernels keep one per network namespace).
            facts.setProperty("rmem_max", Files.readAllLines(Path.of("/proc/sys/net/core/rmem_max")).getFirst().strip());
        }
    }

    /** Connect, a line each way, the client closes first, then the server. */
    static void conversation(Properties facts) throws Exception {
        try (var listener = new ServerSocket(0, 50, LOOPBACK)) {
            facts.setProperty("server.port", Integer.toString(listener.getLocalPort()));
            var server = Thread.ofPlatform().start(() -> {
                try (var connection = listener.accept();
                        var in = reader(connection)) {
                    in.readLine();
                    connection.getOutputStream().write("hi\n".getBytes(StandardCharsets.US_ASCII));
                    while (in.read() != -1) {
                        // wait for the client's FIN: the server closes second
                    }
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            int clientPort;
            try (var client = new Socket(LOOPBACK, listener.getLocalPort())) {
                clientPort = client.getLocalPort();
                client.getOutputStream().write("hello\n".getBytes(StandardCharsets.US_ASCII));
                reader(client).readLine();
            }
            server.join();
            facts.setProperty("client.port", Integer.toString(clientPort));
            // The socket table of this namespace once both have closed: who is in TIME_WAIT?
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            var timeWait = new StringBuilder();
            while (timeWait.isEmpty() && System.nanoTime() < deadline) {
                for (var row : TcpTable.read()) {
                    if (row.state() == TcpState.TIME_WAIT && row.hasPort(listener.getLocalPort())) {
                        timeWait.append(row.local().getPort());
                    }
                }
                Thread.onSpinWait();
            }
            facts.setProperty("time_wait.local.port", timeWait.toString());
        }
    }

    /** A connect to a port where nothing listens. */
    static void refused(Properties facts) throws IOException {
        int port;
        try (var probe = new ServerSocket(0, 1, LOOPBACK)) {
            port = probe.getLocalPort();
        }
        facts.setProperty("server.port", Integer.toString(port));
        try (var client = new Socket()) {
            client.connect(new InetSocketAddress(LOOPBACK, port), 3000);
            facts.setProperty("outcome", "connected");
        } catch (java.net.ConnectException e) {
            facts.setProperty("outcome", "refused");
        }
    }

    /** The server reads one byte of a line and closes: the rest is unread. */
    static void closeWithUnreadData(Properties facts) throws Exception {
        try (var listener = new ServerSocket(0, 50, LOOPBACK)) {
            facts.setProperty("server.port", Integer.toString(listener.getLocalPort()));
            var server = Thread.ofPlatform().start(() -> {
                try (var connection = listener.accept()) {
                    connection.getInputStream().read(); // one byte; the other 13 stay unread
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            try (var client = new Socket(LOOPBACK, listener.getLocalPort())) {
                client.getOutputStream().write("hello, unread\n".getBytes(StandardCharsets.US_ASCII));
                server.join();
                try {
                    facts.setProperty("client.read", Integer.toString(client.getInputStream().read()));
                } catch (SocketException e) {
                    facts.setProperty("client.read", "reset");
                }
            }
        }
    }

    /**
     * A request in two small writes, then its reply, ten times: the write-write-read pattern
     * of chapter 06. With Nagle's algorithm (TCP_NODELAY off) the second write waits.
     */
    static void smallWrites(Properties facts, boolean noDelay) throws Exception {
        try (var listener = new ServerSocket(0, 50, LOOPBACK)) {
            facts.setProperty("server.port", Integer.toString(listener.getLocalPort()));
            var server = Thread.ofPlatform().start(() -> {
                try (var connection = listener.accept();
                        var in = reader(connection)) {
                    while (in.readLine() != null) {
                        connection.getOutputStream().write("ok\n".getBytes(StandardCharsets.US_ASCII));
                    }
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            long started = System.nanoTime();
            try (var client = new Socket(LOOPBACK, listener.getLocalPort())) {
                client.setTcpNoDelay(noDelay);
                var out = client.getOutputStream();
                var in = reader(client);
                for (int i = 0; i < ROUNDS; i++) {
                    out.write("GET ".getBytes(StandardCharsets.US_ASCII));
                    out.write("x\n".getBytes(StandardCharsets.US_ASCII));
                    in.readLine();
                }
            }
            server.join();
            facts.setProperty("millis", Long.toString((System.nanoTime() - started) / 1_000_000));
        }
    }

    /** A datagram to a socket that receives it, then one to a port where nothing is bound. */
    static void datagrams(Properties facts) throws IOException {
        try (var receiver = new DatagramSocket(0, LOOPBACK);
                var sender = new DatagramSocket(0, LOOPBACK)) {
            facts.setProperty("receiver.port", Integer.toString(receiver.getLocalPort()));
            var ping = "ping".getBytes(StandardCharsets.US_ASCII);
            sender.send(new DatagramPacket(ping, ping.length, receiver.getLocalSocketAddress()));
            receiver.receive(new DatagramPacket(new byte[64], 64));
            int closed;
            try (var probe = new DatagramSocket(0, LOOPBACK)) {
                closed = probe.getLocalPort();
            }
            facts.setProperty("closed.port", Integer.toString(closed));
            // connect(2) on a datagram socket: the kernel now reports an ICMP error to it.
            sender.connect(new InetSocketAddress(LOOPBACK, closed));
            sender.send(new DatagramPacket(ping, ping.length));
            sender.setSoTimeout(3000);
            try {
                sender.receive(new DatagramPacket(new byte[64], 64));
                facts.setProperty("outcome", "received");
            } catch (PortUnreachableException e) {
                facts.setProperty("outcome", "port unreachable");
            }
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }
}

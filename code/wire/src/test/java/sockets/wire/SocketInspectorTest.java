package sockets.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sockets.testkit.Platform;

/**
 * The socket inspector against sockets this test opens itself: each state the book names, seen
 * in the kernel's own table. The kernel changes a state in its own time (a FIN is handled when
 * it arrives), so each test waits for the table to show what it expects, up to 5 s.
 */
class SocketInspectorTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @BeforeEach
    void onLinux() {
        Platform.requireLinux("reads /proc/net/tcp, which only Linux has");
    }

    @Test
    void a_listener_is_in_LISTEN_once_listen_returns_and_names_its_process() throws IOException {
        try (var listener = new ServerSocket(0, 50, LOOPBACK)) {
            // Only this row has the port as its local end and no peer (*:*). Old connections
            // with the same port number may linger in TIME_WAIT: to it as their remote end, or
            // as their local end when an earlier listener had this port and closed first.
            var row = only(rowsWithPort(listener.getLocalPort()).stream()
                    .filter(r -> r.local().getPort() == listener.getLocalPort() && r.remote().getPort() == 0)
                    .toList());
            assertEquals(TcpState.LISTEN, row.state());
            var owner = SocketOwners.of(ProcessHandle.current().pid()).get(row.inode());
            assertEquals(ProcessHandle.current().pid(), owner.pid(), "this process holds the listener");
        }
    }

    @Test
    void the_table_of_a_listener_names_its_process_and_the_kernels_cap_on_backlogs() throws IOException {
        try (var listener = new ServerSocket(0, 50, LOOPBACK)) {
            var report = Sockets.reportForPort(listener.getLocalPort());
            assertTrue(report.contains("pid " + ProcessHandle.current().pid()), report);
            var somaxconn = Files.readAllLines(Path.of("/proc/sys/net/core/somaxconn")).getFirst().strip();
            assertTrue(report.contains("net.core.somaxconn (" + somaxconn + " here)"), report);
        }
    }

    @Test
    void a_full_accept_queue_shows_in_the_listeners_Recv_Q_and_the_next_SYN_waits_in_SYN_SENT() throws Exception {
        // listen(fd, 1): the kernel queues backlog + 1 = 2 connections nobody accepts.
        try (var listener = new ServerSocket(0, 1, LOOPBACK);
                var first = new Socket(LOOPBACK, listener.getLocalPort());
                var second = new Socket(LOOPBACK, listener.getLocalPort());
                var third = SocketChannel.open()) {
            int port = listener.getLocalPort();
            awaitRow(port, row -> row.state() == TcpState.LISTEN && row.receiveQueue() == 2);
            third.configureBlocking(false);
            third.bind(new InetSocketAddress(LOOPBACK, 0)); // its port, known before the connect
            third.connect(new InetSocketAddress(LOOPBACK, port));
            int thirdPort = ((InetSocketAddress) third.getLocalAddress()).getPort();
            // The queue is full: the kernel drops the SYN, and the client sends it again later.
            var waiting = awaitRow(port, row -> row.local().getPort() == thirdPort);
            assertEquals(TcpState.SYN_SENT, waiting.state());
            assertEquals(2, awaitRow(port, row -> row.state() == TcpState.LISTEN).receiveQueue(),
                    "still two in the queue: the third was not let in");
        }
    }

    @Test
    void both_ends_of_an_accepted_connection_are_ESTABLISHED_and_mirror_each_other() throws Exception {
        try (var listener = new ServerSocket(0, 50, LOOPBACK);
                var client = new Socket(LOOPBACK, listener.getLocalPort());
                var server = listener.accept()) {
            var clientEnd = awaitRow(listener.getLocalPort(), row -> row.local().getPort() == client.getLocalPort());
            var serverEnd = awaitRow(listener.getLocalPort(), row -> row.local().getPort() == listener.getLocalPort()
                    && row.remote().getPort() == client.getLocalPort());
            assertEquals(TcpState.ESTABLISHED, clientEnd.state());
            assertEquals(TcpState.ESTABLISHED, serverEnd.state());
            assertTrue(clientEnd.isPeerOf(serverEnd), clientEnd + " and " + serverEnd);
        }
    }

    @Test
    void the_side_that_closes_first_ends_in_TIME_WAIT() throws Exception {
        try (var listener = new ServerSocket(0, 50, LOOPBACK)) {
            int clientPort;
            try (var client = new Socket(LOOPBACK, listener.getLocalPort());
                    var server = listener.accept()) {
                clientPort = client.getLocalPort();
                client.close();                                   // the first FIN
                assertEquals(-1, server.getInputStream().read()); // the server sees it...
            }                                                     // ...and closes: the second
            var row = awaitRow(listener.getLocalPort(), r -> r.local().getPort() == clientPort
                    && r.state() == TcpState.TIME_WAIT);
            assertEquals(0, row.inode(), "no process holds a socket in TIME_WAIT: the kernel keeps it");
            // This connection's server end only: an earlier listener with the same port number
            // may have left connections of its own in TIME_WAIT.
            assertTrue(rowsWithPort(listener.getLocalPort()).stream()
                            .noneMatch(r -> r.state() == TcpState.TIME_WAIT && r.local().getPort() == listener.getLocalPort()
                                    && r.remote().getPort() == clientPort),
                    "the server's end, which closed second, is gone");
        }
    }

    @Test
    void a_peer_that_has_not_closed_yet_sits_in_CLOSE_WAIT() throws Exception {
        try (var listener = new ServerSocket(0, 50, LOOPBACK);
                var client = new Socket(LOOPBACK, listener.getLocalPort());
                var server = listener.accept()) {
            client.close();
            var serverEnd = awaitRow(listener.getLocalPort(), row -> row.remote().getPort() == client.getLocalPort()
                    && row.state() == TcpState.CLOSE_WAIT);
            assertEquals(listener.getLocalPort(), serverEnd.local().getPort());
            assertEquals(TcpState.FIN_WAIT2, awaitRow(listener.getLocalPort(),
                    row -> row.local().getPort() == client.getLocalPort() && row.state() == TcpState.FIN_WAIT2).state(),
                    "the client waits for the server's FIN");
        }
    }

    static List<TcpSocket> rowsWithPort(int port) throws IOException {
        return TcpTable.read().stream().filter(row -> row.hasPort(port)).toList();
    }

    /** Reads the table until a row with the port matches, for at most 5 s. */
    static TcpSocket awaitRow(int port, Predicate<TcpSocket> wanted) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<TcpSocket> rows;
        do {
            rows = rowsWithPort(port);
            var match = rows.stream().filter(wanted).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no row as expected within 5 s; the table has " + rows);
    }

    private static TcpSocket only(List<TcpSocket> rows) {
        assertEquals(1, rows.size(), rows.toString());
        return rows.getFirst();
    }
}

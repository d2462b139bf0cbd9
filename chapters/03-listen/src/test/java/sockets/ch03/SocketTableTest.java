package sockets.ch03;


import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Platform;
import sockets.testkit.Transcript;
import sockets.wire.Sockets;
import sockets.wire.TcpSocket;
import sockets.wire.TcpTable;

/**
 * The book's printout of {@code ./workbook sockets --port PORT} while the server of this chapter
 * listens with a backlog of 1 and two clients wait in its queue, each having sent its hello
 * line, as in the transcripts server.txt and client.txt. The scenario runs in this JVM (the
 * table is the same whoever holds the sockets; the process ids are normalised).
 */
@Timeout(20)
class SocketTableTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void the_book_shows_the_queue_as_the_socket_table_does() throws Exception {
        Platform.requireLinux("reads /proc/net/tcp, which only Linux has");
        var transcript = Transcript.load("sockets.txt")
                .normalising("pid \\d+", "pid PID")
                .normalising("somaxconn \\(\\d+ here\\)", "somaxconn (N here)");
        try (var listener = new ServerSocket(0, 1, LOOPBACK);
                var first = hello(listener);
                var second = hello(listener)) {
            // Each line is in the server's receive buffer once the kernel has taken it in.
            var ours = Set.of(listener.getLocalPort(), first.getLocalPort(), second.getLocalPort(), 0);
            var report = awaitQueuedBytes(listener.getLocalPort(), ours, 2 * line(first).length());
            transcript.assertMatches(report);
        }
    }

    private static Socket hello(ServerSocket listener) throws IOException {
        var client = new Socket(LOOPBACK, listener.getLocalPort());
        client.getOutputStream().write(line(client).getBytes(StandardCharsets.UTF_8));
        return client;
    }

    /** HelloClient's line: "hello from 127.0.0.1:PORT\n". */
    private static String line(Socket client) {
        return "hello from " + Options.hostAndPort(client.getLocalSocketAddress()) + "\n";
    }

    /**
     * Waits for the lines to reach the server's receive buffers, then reports the rows with
     * ports of this test at both ends: tests running beside this one hold sockets too, and
     * one whose far end happens to have the listener's port would show under --port.
     */
    private static String awaitQueuedBytes(int port, Set<Integer> ours, long bytes) throws IOException {
        Predicate<TcpSocket> isOurs = row -> ours.contains(row.local().getPort())
                && ours.contains(row.remote().getPort());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            long queued = TcpTable.read().stream()
                    .filter(isOurs)
                    .filter(row -> row.local().getPort() == port && row.remote().getPort() != 0)
                    .mapToLong(row -> row.receiveQueue()).sum();
            if (queued == bytes || System.nanoTime() > deadline) {
                return Sockets.reportForPort(port, isOurs);
            }
            Thread.onSpinWait();
        }
    }
}

package sockets.ch13;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The interest set as a client feels it, with the loop in this JVM: a client that does not
 * read is no longer read (its own writes stop), a late reader gets every echo (the loop asks
 * for OP_WRITE after a partial write), a client that has caught up is read again, and the
 * loop does not wake for connections that have nothing to do.
 */
@Timeout(40)
// One flood at a time: they are heavy, and the other tests run beside them.
@Execution(ExecutionMode.SAME_THREAD)
class FlowControlTest {

    /** 1024-byte lines, each starting with its number: a lost or repeated line shows. */
    private static byte[] numberedLines(int count) {
        var bytes = new byte[count * 1024];
        for (int i = 0; i < count; i++) {
            var number = "%07d".formatted(i).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(number, 0, bytes, i * 1024, number.length);
            Arrays.fill(bytes, i * 1024 + number.length, i * 1024 + 1023, (byte) 'x');
            bytes[i * 1024 + 1023] = '\n';
        }
        return bytes;
    }

    /** A client whose echoes soon fill its own receive buffer (set before connect). */
    private static Socket smallWindowClient(LoopUnderTest server) throws IOException {
        var socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Writes {@code bytes} on a thread of its own, 1 KiB per write. */
    private static CompletableFuture<Void> send(Socket socket, byte[] bytes) {
        return send(socket, bytes, bytes.length, new AtomicLong());
    }

    /** Writes {@code total} bytes, {@code bytes} again and again, 1 KiB per write; counts what the kernel took. */
    private static CompletableFuture<Void> send(Socket socket, byte[] bytes, long total, AtomicLong sent) {
        var done = new CompletableFuture<Void>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                var out = socket.getOutputStream();
                while (sent.get() < total) {
                    int at = (int) (sent.get() % bytes.length);
                    int n = (int) Math.min(Math.min(1024, bytes.length - at), total - sent.get());
                    out.write(bytes, at, n);
                    sent.addAndGet(n);
                }
                done.complete(null);
            } catch (IOException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /**
     * More than the kernel's buffers of one loopback connection can hold: the client's send
     * buffer and the server's receive and send buffers, each at its autotuning maximum
     * (tcp_wmem and tcp_rmem's third number). On this machine 4 + 32 + 4 MiB, so 64 MiB.
     */
    private static long moreThanTheKernelHolds() {
        long most = 64L << 20;
        try {
            // readAllLines, not readString: a /proc/sys file reports size 0, and readString then
            // reads one byte ("4") and, from the offset past 0, the kernel answers end of file.
            var wmem = Files.readAllLines(Path.of("/proc/sys/net/ipv4/tcp_wmem")).getFirst().trim().split("\\s+");
            var rmem = Files.readAllLines(Path.of("/proc/sys/net/ipv4/tcp_rmem")).getFirst().trim().split("\\s+");
            long kernel = 2 * Long.parseLong(wmem[2]) + Long.parseLong(rmem[2]);
            return Math.max(most, kernel + (16L << 20));
        } catch (IOException | RuntimeException notLinux) {
            return most;
        }
    }

    @Test
    void a_client_that_never_reads_cannot_send_more_than_the_buffers_hold() throws Exception {
        long flood = moreThanTheKernelHolds();
        var sent = new AtomicLong();
        try (var server = LoopUnderTest.start(); var greedy = smallWindowClient(server)) {
            var sending = send(greedy, numberedLines(1024), flood, sent);
            // The loop stops reading it: the server's receive buffer fills, then the client's
            // send buffer, and its write(2) blocks until the idle limit drops it with a RST
            // (the server closes with its bytes unread).
            var ended = sending.handle((ok, failure) -> failure).get(30, TimeUnit.SECONDS);
            assertInstanceOf(SocketException.class, ended,
                    "the client's writes blocked, then failed when the server reset the connection;"
                            + " it sent " + sent.get() + " of " + flood + " bytes");
            assertTrue(sent.get() < flood, "sent " + sent.get() + " of " + flood + " bytes");
        }
    }

    @Test
    void a_client_that_reads_only_late_gets_every_echo_in_order() throws Exception {
        var lines = numberedLines(8192);
        try (var server = LoopUnderTest.start(LoopUnderTest.PATIENT); var late = smallWindowClient(server)) {
            var sending = send(late, lines)
                    .thenRun(() -> shutdownOutput(late));
            // Read only once the kernel's buffers are full and the loop has echoes waiting:
            // from then on, every byte that reaches this client went out on OP_WRITE.
            server.awaitLog("stopped reading");
            var echoes = late.getInputStream().readAllBytes();
            sending.get(20, TimeUnit.SECONDS);
            assertEquals(lines.length, echoes.length, "bytes echoed before the server's FIN");
            assertArrayEquals(lines, echoes, "8 MiB of lines, each back once and in order");
        }
    }

    private static void shutdownOutput(Socket socket) {
        try {
            socket.shutdownOutput();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    @Test
    void a_client_that_has_taken_its_echoes_is_read_again() throws Exception {
        var lines = numberedLines(8192);
        try (var server = LoopUnderTest.start(LoopUnderTest.PATIENT); var paused = smallWindowClient(server)) {
            var sending = send(paused, lines);
            server.awaitLog("stopped reading");
            var in = paused.getInputStream();
            assertArrayEquals(lines, in.readNBytes(lines.length),
                    "the echoes of the flood, sent partly after the loop read this client again");
            sending.get(20, TimeUnit.SECONDS);
            paused.getOutputStream().write("after the flood\n".getBytes(StandardCharsets.UTF_8));
            assertEquals("after the flood\n",
                    new String(in.readNBytes(16), StandardCharsets.UTF_8),
                    "a line sent once the client has caught up is read and echoed");
        }
    }

    @Test
    void a_reader_slower_than_the_loop_is_not_dropped_while_its_echoes_drain() throws Exception {
        // Echoes may wait here up to 32 MiB, more than the kernel's send buffer: once the
        // client has sent its lines, the only progress is the loop's writes.
        var limits = new SelectorServer.Limits(1024, 32 << 20, Duration.ofSeconds(2), Duration.ofSeconds(1));
        var lines = numberedLines(12 * 1024);
        try (var server = LoopUnderTest.start(limits); var slow = smallWindowClient(server)) {
            send(slow, lines).get(20, TimeUnit.SECONDS);
            // 64 KiB every 20 ms, about 3 MB/s: some 4 s in all, twice the idle limit, but
            // never long without making room in the server's send buffer.
            var in = slow.getInputStream();
            var echoes = new byte[lines.length];
            int received = 0;
            for (int n = 1; n > 0 && received < echoes.length; received += n) {
                n = in.readNBytes(echoes, received, Math.min(64 * 1024, echoes.length - received));
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            assertEquals(lines.length, received, "bytes received before the server closed");
            assertArrayEquals(lines, echoes, "every echo, to a client that reads slowly but reads");
        }
    }

    @Test
    void a_connection_with_nothing_to_do_does_not_wake_the_loop() throws Exception {
        try (var server = LoopUnderTest.start(); var client = smallWindowClient(server)) {
            client.getOutputStream().write("hello\n".getBytes(StandardCharsets.UTF_8));
            var in = client.getInputStream();
            assertEquals("hello\n", new String(in.readNBytes(6), StandardCharsets.UTF_8));
            long before = server.counts().handled.get();
            // The next thing to happen is the idle limit, a second later: meanwhile the
            // connection is ready to write, always, and the loop must not ask about it.
            assertEquals("error: nothing came for 1 s\n",
                    new String(in.readNBytes(28), StandardCharsets.UTF_8));
            long handled = server.counts().handled.get() - before;
            assertTrue(handled <= 5, "a quiet second cost the loop " + handled
                    + " handled keys: OP_WRITE left on for a connection with nothing to send"
                    + " wakes the loop on every turn");
        }
    }
}

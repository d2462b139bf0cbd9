package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;

/**
 * What a client sees after its error line: the server's FIN at once, then the server reading
 * and discarding what the client still sends, until the client's FIN, at most
 * {@link EchoConnection#MOST_BYTES_DISCARDED} bytes, until the linger's deadline. The server's
 * patience is 30 s here, longer than every wait below, so a timeout per read cannot pass
 * for the linger's deadline.
 */
@Timeout(30)
class GoodbyeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TOO_LONG = "x".repeat(LineFraming.MAX_LINE + 1);
    private static final String ERROR = "error: a line may have at most 1024 bytes";

    private static BackgroundServer server(Duration linger) {
        return BackgroundServer.start(listener -> {
            // A fixed receive buffer, inherited by accepted sockets: the kernel buffers at
            // most about 128 KiB of a flood, so what the server discarded shows in the count.
            listener.setReceiveBufferSize(64 * 1024);
            EchoServer.serve(listener, new LineFraming(LineFraming.MAX_LINE), PATIENCE, linger,
                    new PrintStream(OutputStream.nullOutputStream()));
        });
    }

    /** How long until a fresh client gets its echo: the server is iterative. */
    private static Duration timeUntilServed(BackgroundServer server, long sinceNanos) {
        try (var next = Peer.connect(server.port())) {
            next.sendLine("next");
            assertEquals("next", next.readLine(), "the next client's echo");
            return Duration.ofNanos(System.nanoTime() - sinceNanos);
        }
    }

    @Test
    void the_error_line_is_followed_at_once_by_the_servers_end_of_stream() {
        // A linger of 30 s: if the FIN waited for close(), the read below would time out.
        try (var server = server(Duration.ofSeconds(30)); var client = Peer.connect(server.port())) {
            client.sendLine(TOO_LONG);
            assertEquals(ERROR, client.readLine());
            assertTrue(client.isAtEndOfStream(),
                    "shutdown(SHUT_WR) right after the error line, while we are still open");
        }
    }

    @Test
    void a_client_that_half_closes_after_the_error_is_let_go_at_once() {
        try (var server = server(Duration.ofSeconds(30)); var client = Peer.connect(server.port())) {
            client.sendLine(TOO_LONG);
            assertEquals(ERROR, client.readLine());
            assertTrue(client.isAtEndOfStream());
            client.shutdownOutput();
            // Served within the Peer's 10 s read timeout, long before the linger's 30 s end.
            timeUntilServed(server, System.nanoTime());
        }
    }

    @Test
    void a_client_silent_after_the_error_is_let_go_at_the_lingers_deadline() {
        var linger = Duration.ofSeconds(2);
        try (var server = server(linger); var client = Peer.connect(server.port())) {
            var sent = System.nanoTime();
            client.sendLine(TOO_LONG);
            assertEquals(ERROR, client.readLine());
            var waited = timeUntilServed(server, sent);
            assertTrue(waited.compareTo(linger) >= 0, "the server let go after " + waited
                    + ", before its linger of " + linger);
        }
    }

    @Test
    void a_client_trickling_bytes_after_the_error_is_let_go_at_the_lingers_deadline() {
        var linger = Duration.ofSeconds(2);
        try (var server = server(linger); var client = Peer.connect(server.port())) {
            var sent = System.nanoTime();
            client.sendLine(TOO_LONG);
            assertEquals(ERROR, client.readLine());
            // One byte every 100 ms, each well inside any per-read timeout, for at most 25 s.
            var trickling = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 250; i++) {
                    client.send("t");
                    LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                }
            }, runnable -> Thread.ofPlatform().daemon().name("trickler").start(runnable));
            var waited = timeUntilServed(server, sent);
            assertTrue(waited.compareTo(linger) >= 0, "the server let go after " + waited
                    + ", before its linger of " + linger);
            // The server closed: a byte after that draws a RST, and a later write fails.
            assertTrue(trickling.handle((ok, failed) -> failed != null).join(),
                    "the trickler's writes fail once the server has closed");
        }
    }

    @Test
    void a_client_flooding_after_the_error_is_reset_after_the_servers_byte_limit()
            throws IOException {
        try (var server = server(Duration.ofSeconds(30)); var flooder = new Socket()) {
            // A small send buffer, set before connect: few bytes wait on our side either.
            flooder.setSendBufferSize(64 * 1024);
            flooder.connect(new InetSocketAddress(server.address().getAddress(), server.port()), 5000);
            var client = Peer.of(flooder);
            client.sendLine(TOO_LONG);
            assertEquals(ERROR, client.readLine());
            assertTrue(client.isAtEndOfStream());
            var chunk = new byte[8192];
            long sent = 0;
            IOException cutOff = null;
            try {
                // At most 16 MiB, whatever the server does.
                while (sent < 16 << 20) {
                    flooder.getOutputStream().write(chunk);
                    sent += chunk.length;
                }
            } catch (IOException e) {
                cutOff = e;
            }
            assertNotNull(cutOff, "the server read and discarded 16 MiB; its limit is "
                    + EchoConnection.MOST_BYTES_DISCARDED + " bytes");
            // The server closed with our bytes unread: its kernel answered with RST.
            assertTrue(cutOff.getMessage().equals("Broken pipe")
                    || cutOff.getMessage().startsWith("Connection reset"), cutOff::toString);
            // What we sent is at least what it read, but for the last chunk, part of which it may
            // have read, and the end of the long line, which it may have counted as well.
            assertTrue(sent >= EchoConnection.MOST_BYTES_DISCARDED - 2 * chunk.length, "cut off after "
                    + sent + " bytes; the server reads and discards up to "
                    + EchoConnection.MOST_BYTES_DISCARDED);
        }
    }
}

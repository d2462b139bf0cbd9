package sockets.ch15.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HandshakeDeadlineTest {

    private static final Duration LIMIT = Duration.ofSeconds(1);

    /** A server thread that runs handshake on the first connection; its result, or what it threw. */
    private static CompletableFuture<String> serveOnce(SSLServerSocket listener) {
        var result = new CompletableFuture<String>();
        Thread.ofPlatform().daemon().name("deadline-server").start(() -> {
            try (var accepted = (SSLSocket) listener.accept()) {
                // A read timeout longer than the test: only a deadline can end these clients.
                accepted.setSoTimeout(20_000);
                result.complete(HandshakeDeadline.handshake(accepted, LIMIT));
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** What the server's handshake threw. */
    private static Throwable failure(CompletableFuture<String> result) throws Exception {
        try {
            result.get(15, TimeUnit.SECONDS);
            throw new AssertionError("the handshake succeeded");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnsupportedOperationException notWritten) {
                throw notWritten;
            }
            return e.getCause();
        }
    }

    @Test
    void a_client_that_shakes_hands_gets_the_version_agreed() throws Exception {
        try (var listener = ClassroomKeys.listen("localhost", "TLSv1.3")) {
            var result = serveOnce(listener);
            try (var client = (SSLSocket) ClassroomKeys.trusting().getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                client.setSoTimeout(10_000);
                client.startHandshake();
                assertEquals("TLSv1.3", result.get(10, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void a_client_that_sends_nothing_is_dropped_at_the_deadline() throws Exception {
        try (var listener = ClassroomKeys.listen("localhost", "TLSv1.3");
             var silent = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
            var thrown = failure(serveOnce(listener));
            assertInstanceOf(SocketTimeoutException.class, thrown, "a SocketTimeoutException says why");
        }
    }

    @Test
    void a_client_that_drips_its_client_hello_is_dropped_at_the_deadline_not_after_it() throws Exception {
        var hello = clientHello();
        try (var listener = ClassroomKeys.listen("localhost", "TLSv1.3");
             var dripper = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
            var result = serveOnce(listener);
            long start = System.nanoTime();
            var out = dripper.getOutputStream();
            // A byte every 100 ms, for two and a half times the limit at most: no read ever waits
            // long, and the whole ClientHello would take tens of seconds. Each pause waits on the
            // server's result, so the drips stop as soon as the server gives up.
            for (int i = 0; i < hello.length && System.nanoTime() - start < LIMIT.toNanos() * 5 / 2
                    && drip(out, hello[i]); i++) {
                try {
                    result.get(100, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException stillWaiting) {
                    // the server is still in its handshake: the next byte
                } catch (ExecutionException ended) {
                    break;
                }
            }
            long took = System.nanoTime() - start;
            assertTrue(result.isDone(), "the server is still in its handshake " + took / 1_000_000 + " ms after a"
                    + " client began to drip its ClientHello, a byte every 100 ms, though the limit is "
                    + LIMIT.toMillis() + " ms: give up at the deadline, not at a read timeout");
            var thrown = failure(result);
            assertInstanceOf(SocketTimeoutException.class, thrown, "a SocketTimeoutException says why");
            assertTrue(took < 3 * LIMIT.toNanos(), "given up at the deadline, not at a read timeout: " + took / 1_000_000 + " ms");
        }
    }

    private static boolean drip(OutputStream out, byte b) {
        try {
            out.write(b);
            out.flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** A real ClientHello, as the JDK's client sends it first: one TLS record. */
    private static byte[] clientHello() throws IOException {
        var engine = ClassroomKeys.trusting().createSSLEngine("localhost", 443);
        engine.setUseClientMode(true);
        var record = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), record);
        return Arrays.copyOf(record.array(), record.position());
    }
}

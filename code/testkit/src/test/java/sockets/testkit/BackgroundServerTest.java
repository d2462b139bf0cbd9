package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a test relies on when it runs a chapter's loop in its own JVM. */
@Timeout(20)
class BackgroundServerTest {

    @Test
    void closing_the_listener_under_accept_is_a_clean_stop() {
        var server = BackgroundServer.start(listener -> {
            while (true) {
                listener.accept().close();
            }
        });
        server.close();
        assertFalse(server.isRunning(), "close(2) on the listener ended the blocked accept");
    }

    @Test
    void an_io_exception_the_loop_threw_before_the_test_closed_it_fails_the_test() throws Exception {
        var thrown = new CountDownLatch(1);
        var server = BackgroundServer.start(listener -> {
            thrown.countDown();
            throw new IOException("the loop gave up on its own");
        });
        thrown.await();
        var failure = assertThrows(AssertionError.class, () -> server.awaitFinished(Duration.ofSeconds(10)));
        assertInstanceOf(IOException.class, failure.getCause(), "not taken for the test's own close");
        assertThrows(AssertionError.class, server::close, "close reports it as well");
    }

    @Test
    void close_rethrows_what_the_loop_threw() throws Exception {
        var thrown = new CountDownLatch(1);
        var server = BackgroundServer.start(listener -> {
            try {
                throw new IllegalStateException("a bug in the loop");
            } finally {
                thrown.countDown();
            }
        });
        thrown.await();
        var failure = assertThrows(AssertionError.class, server::close);
        assertInstanceOf(IllegalStateException.class, failure.getCause());
    }

    @Test
    void a_datagram_channel_is_a_listener_too_and_its_address_is_read_from_it() throws IOException {
        var channel = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        try (var server = BackgroundServer.serve(channel, c -> {
            var buffer = ByteBuffer.allocate(100);
            while (true) {
                var from = c.receive(buffer.clear());
                c.send(buffer.flip(), from);
            }
        }); var client = DatagramChannel.open()) {
            client.send(ByteBuffer.wrap(new byte[] {42}), server.address());
            var reply = ByteBuffer.allocate(10);
            client.receive(reply);
            assertEquals(42, reply.flip().get());
        }
    }

    @Test
    void a_server_log_returns_the_line_it_waited_for() {
        var log = new ServerLog();
        Thread.ofVirtual().start(() -> log.stream().println("client 1: accepted"));
        assertEquals("client 1: accepted", log.awaitLine(line -> line.startsWith("client 1"), Duration.ofSeconds(10)));
    }

    @Test
    void a_server_log_fails_with_what_it_holds_when_the_line_never_comes() {
        var log = new ServerLog();
        log.stream().println("something else");
        var failure = assertThrows(AssertionError.class,
                () -> log.awaitLine(line -> line.contains("never"), Duration.ofMillis(50)));
        assertTrue(failure.getMessage().contains("something else"), failure.getMessage());
    }
}

package sockets.ch13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;
import sockets.testkit.ServerLog;

/** A bug met while serving one client ends that client, never the loop that serves them all. */
@Timeout(20)
class OneConnectionFailsAloneTest {

    /** A log that throws at the first line containing {@code trigger}: a bug, on purpose. */
    private static PrintStream failingOnce(PrintStream log, String trigger) {
        var failed = new AtomicBoolean();
        return new PrintStream(log, true, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
                if (line.contains(trigger) && failed.compareAndSet(false, true)) {
                    throw new IllegalStateException("a bug in the server, provoked by the test");
                }
                super.println(line);
            }
        };
    }

    @Test
    void a_runtime_exception_in_a_handler_ends_that_connection_only() throws Exception {
        var log = new ServerLog();
        var listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        var loop = new EventLoop(listener, LoopUnderTest.PATIENT, failingOnce(log.stream(), "closed after"));
        try (var server = BackgroundServer.serve(listener, listener.getLocalAddress(),
                (address, thread) -> loop.stop(), channel -> loop.run());
                var other = Peer.connect(server.port())) {
            try (var peer = Peer.connect(server.port())) {
                peer.sendLine("bye");
                peer.shutdownOutput();                  // its close logs "closed after", which throws
                assertEquals("bye\n", peer.readToEnd());
            }
            log.awaitLine(line -> line.contains("IllegalStateException"), LoopUnderTest.LOG_PATIENCE);
            other.sendLine("still there?");
            assertEquals("still there?", other.readLine(), "a client already connected is still served");
            try (var next = Peer.connect(server.port())) {
                next.sendLine("and you?");
                assertEquals("and you?", next.readLine(), "and a new one too");
            }
            assertTrue(server.isRunning());
        }
    }
}

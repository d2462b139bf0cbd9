package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WireLogTest {

    @Test
    void a_test_sees_the_bytes_of_its_own_connections_and_not_of_tests_beside_it() throws Exception {
        WireLog.startTest();
        // The code under test: it echoes with plain sockets, as a student's server would.
        try (var server = BackgroundServer.start(listener -> {
            while (true) {
                try (var socket = listener.accept()) {
                    socket.getInputStream().transferTo(socket.getOutputStream());
                }
            }
        }); var mine = Peer.connect(server.port())) {
            mine.sendLine("mine");
            mine.readLine();
            mine.shutdownOutput();
            // A test running at the same time on another thread, with a list of its own.
            var otherDone = new CountDownLatch(1);
            Thread.ofPlatform().start(() -> {
                WireLog.startTest();
                try (var other = Peer.connect(server.port())) {
                    other.sendLine("theirs");
                    other.shutdownOutput();
                    other.readLine();
                }
                otherDone.countDown();
            });
            assertTrue(otherDone.await(10, TimeUnit.SECONDS));
            var dump = WireLog.dumpRecent();
            assertTrue(dump.contains("|mine."), dump);
            assertFalse(dump.contains("theirs"), dump);
        }
    }
}

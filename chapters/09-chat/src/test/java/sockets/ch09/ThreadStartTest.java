package sockets.ch09;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;

/**
 * When the kernel refuses a client's thread, nothing of that client is left: it never joins the
 * room, its socket is closed, its other thread ends, and its seat is free for the next client.
 */
@Timeout(20)
class ThreadStartTest {

    private static final int WRITER = 1;
    private static final int READER = 2;

    private final ChatRoom room = new ChatRoom(new PrintStream(OutputStream.nullOutputStream()));
    private final FailingThreads threads = new FailingThreads();
    /** Two seats: alice and one more, so a seat the failed client kept would turn carol away. */
    private final ChatServer.Limits limits = new ChatServer.Limits(2, 1024, 100, Duration.ofSeconds(5),
            Duration.ofMinutes(1));

    private BackgroundServer startServer() {
        return BackgroundServer.start(listener -> ChatServer.serve(listener, limits, room, threads));
    }

    private static String name(Peer peer) {
        return "127.0.0.1:" + peer.socket().getLocalPort();
    }

    private void aClientWhoseThreadCannotStartLeavesNothing(int failing) throws InterruptedException {
        try (var server = startServer(); var alice = Peer.connect(server.port())) {
            assertTrue(alice.readLine().startsWith("* welcome, " + name(alice)));
            threads.failTheNth(failing);
            try (var bob = Peer.connect(server.port())) {
                assertEquals("* the server cannot take you now; try again later", bob.readLine(),
                        "the client is told, in one line");
                assertTrue(bob.isAtEndOfStream(), "then its connection is closed");
            }
            for (var thread : threads.made()) {
                // A thread made and never started (the reader, when the writer failed) is NEW.
                if (thread.getState() != Thread.State.NEW && !thread.getName().endsWith(name(alice))) {
                    thread.join(Duration.ofSeconds(5));
                    assertFalse(thread.isAlive(), thread.getName() + " ended");
                }
            }
            try (var carol = Peer.connect(server.port())) {
                assertEquals("* welcome, " + name(carol) + "; 1 other here", carol.readLine(),
                        "carol takes the seat the failed client gave back, and hears of one other");
                assertEquals("* " + name(carol) + " joined", alice.readLine(),
                        "alice never heard of the client whose thread did not start");
                assertEquals(2, room.size());
            }
        }
    }

    @Test
    void a_client_whose_writer_thread_cannot_start_never_joins_and_is_closed() throws InterruptedException {
        aClientWhoseThreadCannotStartLeavesNothing(WRITER);
    }

    @Test
    void a_client_whose_reader_thread_cannot_start_never_joins_and_its_writer_ends() throws InterruptedException {
        aClientWhoseThreadCannotStartLeavesNothing(READER);
    }
}

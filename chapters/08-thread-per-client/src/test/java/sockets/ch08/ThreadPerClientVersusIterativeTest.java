package sockets.ch08;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;
import sockets.testkit.Peer;

/** One slow client against the two designs: it stalls an iterative server, not this one. */
@Timeout(30)
class ThreadPerClientVersusIterativeTest {

    @Test
    void an_iterative_server_makes_every_client_wait_behind_one_slow_client() throws SocketException {
        try (var server = BackgroundServer.start(IterativeEchoServer::serve);
             var slow = Peer.connect(server.port());
             var waiting = Peer.connect(server.port())) {
            // The slow client was accepted first and says nothing: the one thread waits on it.
            waiting.sendLine("anyone there?");
            waiting.socket().setSoTimeout(500);
            var failure = assertThrows(UncheckedIOException.class, waiting::readLine,
                    "an iterative server echoed a second client while the first was connected");
            assertInstanceOf(SocketTimeoutException.class, failure.getCause());
            waiting.socket().setSoTimeout((int) Peer.READ_TIMEOUT.toMillis());
            // Only when the slow client leaves is the waiting one accepted and echoed.
            slow.close();
            assertEquals("anyone there?", waiting.readLine());
        }
    }

    @Test
    void a_hundred_clients_are_served_at_once_while_a_slow_client_holds_its_connection() {
        var clients = new ArrayList<Peer>();
        try (var server = new ServerUnderTest(200, Duration.ofSeconds(20));
             var slow = Peer.connect(server.port())) {
            for (int i = 0; i < 100; i++) {
                clients.add(Peer.connect(server.port()));
            }
            // Every client sends before any reads: a server that served one at a time
            // would answer the slow client's silence and no one else.
            for (int i = 0; i < clients.size(); i++) {
                clients.get(i).sendLine("client " + i);
            }
            for (int i = 0; i < clients.size(); i++) {
                assertEquals("client " + i, clients.get(i).readLine(), "the echo of client " + i);
            }
            assertEquals(101, server.clientThreads().size(),
                    "one thread per connection: the slow client's and the hundred others'");
        } finally {
            clients.forEach(Peer::close);
        }
    }
}

package sockets.ch04.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.OwnThread;
import sockets.testkit.Peer;

@Timeout(10)
class CountingServerTest {

    @Test
    void greets_each_client_with_its_number_in_the_order_they_connected() throws IOException {
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             var first = Peer.connect(listener.getLocalPort());
             var second = Peer.connect(listener.getLocalPort());
             var third = Peer.connect(listener.getLocalPort())) {
            // All three wait in the accept queue, so serve can run on this thread.
            CountingServer.serve(listener, 3);
            assertEquals("you are client 1", first.readLine(), "the first client to connect");
            assertEquals("you are client 2", second.readLine(), "the second client to connect");
            assertEquals("you are client 3", third.readLine(), "the third client to connect");
        }
    }

    @Test
    void closes_each_connection_after_its_greeting() throws IOException {
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             var client = Peer.connect(listener.getLocalPort())) {
            CountingServer.serve(listener, 1);
            client.readLine();
            assertEquals(true, client.isAtEndOfStream(), "after its greeting the client reads end of stream");
        }
    }

    @Test
    void returns_after_exactly_that_many_clients_and_leaves_the_rest_waiting()
            throws IOException, InterruptedException, ExecutionException {
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             var first = Peer.connect(listener.getLocalPort());
             var second = Peer.connect(listener.getLocalPort());
             var third = Peer.connect(listener.getLocalPort())) {
            var serving = OwnThread.run("serve", () -> {
                try {
                    CountingServer.serve(listener, 2);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try {
                serving.get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // What serve threw, as it threw it (an unwritten starter, an IOException).
                if (e.getCause() instanceof RuntimeException thrown) {
                    throw thrown;
                }
                throw e;
            } catch (TimeoutException stillServing) {
                listener.close();
                throw new AssertionError("serve(listener, 2) did not return after two clients: "
                        + "does it stop counting at the number it was given?");
            }
            assertEquals("you are client 1", first.readLine());
            assertEquals("you are client 2", second.readLine());
            assertFalse(listener.isClosed(), "the caller owns the listener and closes it");
            third.socket().setSoTimeout(300);
            var failure = assertThrows(UncheckedIOException.class, third::readLine,
                    "a third client was greeted, but serve was asked for two");
            assertInstanceOf(SocketTimeoutException.class, failure.getCause(), "the third client must still wait");
        }
    }
}

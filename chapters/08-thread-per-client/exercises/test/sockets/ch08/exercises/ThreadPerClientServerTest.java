package sockets.ch08.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;

@Timeout(10)
class ThreadPerClientServerTest {

    /** Runs serve on its own thread; a failure of serve (an unwritten starter) is rethrown. */
    private static CompletableFuture<Void> serveInBackground(ServerSocket listener) {
        return CompletableFuture.runAsync(() -> {
            try {
                ThreadPerClientServer.serve(listener);
            } catch (IOException closedByTheTest) {
                // accept() fails once the test closes the listener: the way serve ends
            }
        });
    }

    private static String echoOrFail(Peer client, String line, CompletableFuture<Void> serving)
            throws InterruptedException {
        client.sendLine(line);
        try {
            return client.readLine();
        } catch (UncheckedIOException e) {
            if (serving.isDone()) {
                try {
                    serving.get();
                } catch (ExecutionException failed) {
                    if (failed.getCause() instanceof RuntimeException thrown) {
                        throw thrown;
                    }
                }
            }
            if (e.getCause() instanceof SocketTimeoutException) {
                return fail("no echo of '" + line + "' within the read timeout: "
                        + "is this client's socket given to a thread that echoes it?");
            }
            throw e;
        }
    }

    private static void failIfServeEnded(CompletableFuture<Void> serving) throws InterruptedException {
        try {
            serving.get(200, TimeUnit.MILLISECONDS);
            fail("serve returned while the listener was open: it must loop over accept()");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw new AssertionError(e.getCause());
        } catch (TimeoutException stillServing) {
            // as it should: serving until the listener is closed
        }
    }

    @Test
    void a_second_client_is_echoed_while_the_first_stays_connected_and_silent() throws Exception {
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var serving = serveInBackground(listener);
            try (var silent = Peer.connect(listener.getLocalPort());
                 var second = Peer.connect(listener.getLocalPort())) {
                failIfServeEnded(serving);
                second.socket().setSoTimeout(3000);
                assertEquals("hello", echoOrFail(second, "hello", serving),
                        "the second client's echo: a silent first client must hold only its own thread");
                silent.sendLine("I was here first");
                assertEquals("I was here first", silent.readLine(), "the first client is served too");
            }
        }
    }

    @Test
    void each_connection_is_closed_by_its_thread_when_the_client_hangs_up() throws Exception {
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var serving = serveInBackground(listener);
            try (var client = Peer.connect(listener.getLocalPort())) {
                assertEquals("bye", echoOrFail(client, "bye", serving));
                client.shutdownOutput();
                assertTrue(client.isAtEndOfStream(),
                        "after our FIN the server's thread closes the socket, so we read end of stream");
            }
        }
    }

    @Test
    void the_server_goes_on_after_a_client_resets_its_connection() throws Exception {
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var serving = serveInBackground(listener);
            var rude = Peer.connect(listener.getLocalPort());
            assertEquals("first", echoOrFail(rude, "first", serving));
            rude.reset();
            try (var next = Peer.connect(listener.getLocalPort())) {
                assertEquals("next", echoOrFail(next, "next", serving),
                        "a reset ends that client's thread only; the accept loop goes on");
            }
        }
    }

    @Test
    void ten_clients_connected_at_once_are_all_echoed() throws Exception {
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var serving = serveInBackground(listener);
            var clients = new Peer[10];
            try {
                for (int i = 0; i < clients.length; i++) {
                    clients[i] = Peer.connect(listener.getLocalPort());
                }
                // The last to connect asks first: only one thread per client answers it.
                for (int i = clients.length - 1; i >= 0; i--) {
                    clients[i].socket().setSoTimeout(3000);
                    assertEquals("client " + i, echoOrFail(clients[i], "client " + i, serving));
                }
            } finally {
                for (var client : clients) {
                    if (client != null) {
                        client.close();
                    }
                }
            }
        }
    }
}

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
import sockets.testkit.OwnThread;
import sockets.testkit.Peer;

@Timeout(10)
class ThreadPerClientServerTest {

    /**
     * Runs serve on its own thread; a failure of serve (an unwritten starter) is rethrown. When
     * serve fails, the listener is closed, which resets the connections still waiting in its
     * accept queue: a client of a server that will never answer learns it at once, instead of
     * waiting out its read timeout.
     */
    private static CompletableFuture<Void> serveInBackground(ServerSocket listener) {
        return OwnThread.run("serve", () -> {
            try {
                ThreadPerClientServer.serve(listener);
            } catch (IOException closedByTheTest) {
                // accept() fails once the test closes the listener: the way serve ends
            } catch (RuntimeException | Error failed) {
                try {
                    listener.close();
                } catch (IOException ignored) {
                    // the failure below is what the student needs to see
                }
                throw failed;
            }
        });
    }

    /** Connects a client; if serve already failed (so nothing listens), that failure instead. */
    private static Peer connect(ServerSocket listener, CompletableFuture<Void> serving) throws InterruptedException {
        try {
            return Peer.connect(listener.getLocalPort());
        } catch (UncheckedIOException refused) {
            rethrowIfServeFailed(serving);
            throw refused;
        }
    }

    private static void rethrowIfServeFailed(CompletableFuture<Void> serving) throws InterruptedException {
        if (serving.isDone()) {
            try {
                serving.get();
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException thrown) {
                    throw thrown;
                }
                if (failed.getCause() instanceof Error thrown) {
                    throw thrown;
                }
            }
        }
    }

    private static String echoOrFail(Peer client, String line, CompletableFuture<Void> serving)
            throws InterruptedException {
        try {
            client.sendLine(line);
            var echo = client.readLine();
            if (echo == null) {
                rethrowIfServeFailed(serving);
                fail("the server closed the connection before it echoed '" + line + "': only the client's thread"
                        + " closes its socket, once the client is done (a try-with-resources around accept()"
                        + " closes it as soon as the thread is started)");
            }
            return echo;
        } catch (UncheckedIOException e) {
            rethrowIfServeFailed(serving);
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
            try (var silent = connect(listener, serving);
                 var second = connect(listener, serving)) {
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
            try (var client = connect(listener, serving)) {
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
            var rude = connect(listener, serving);
            assertEquals("first", echoOrFail(rude, "first", serving));
            rude.reset();
            try (var next = connect(listener, serving)) {
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
                    clients[i] = connect(listener, serving);
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

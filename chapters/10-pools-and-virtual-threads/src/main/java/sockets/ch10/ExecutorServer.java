package sockets.ch10;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The echo server's clients, run by an executor: a virtual thread per client or a bounded pool
 * of platform threads. It accepts on a listener it is given, refuses clients beyond its limits
 * with a line that says so, and stops gracefully.
 */
final class ExecutorServer {

    private final ServerSocket listener;
    private final Limits limits;
    private final PrintStream log;
    private final ExecutorService workers;
    private final Semaphore clients;
    private final OpenConnections open;

    ExecutorServer(ServerSocket listener, Limits limits, PrintStream log) {
        this.listener = listener;
        this.limits = limits;
        this.log = log;
        this.workers = workers(limits);
        this.clients = new Semaphore(limits.executor() == Limits.Executor.VIRTUAL
                ? limits.maxClients() : Integer.MAX_VALUE);
        this.open = new OpenConnections(limits.idleTimeout());
    }

    // tag::workers[]
    static ExecutorService workers(Limits limits) {
        return switch (limits.executor()) {
            // A new virtual thread per task: cheap to make, and a blocked read parks it,
            // freeing its carrier (platform) thread for other virtual threads.
            case VIRTUAL -> Executors.newVirtualThreadPerTaskExecutor();
            // A fixed number of platform threads and a bounded queue in front of them:
            // when both are full, execute() throws RejectedExecutionException.
            case POOL -> new ThreadPoolExecutor(limits.poolSize(), limits.poolSize(),
                    0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(limits.queue()),
                    Thread.ofPlatform().name("echo-", 1).factory(),
                    new ThreadPoolExecutor.AbortPolicy());
        };
    }
    // end::workers[]

    // tag::serve[]
    /** Accepts and hands each client to a worker, until stop() closes the listener. */
    void serve() {
        var failures = new AcceptFailures(log);
        while (!listener.isClosed() && !Thread.currentThread().isInterrupted()) {
            try {
                // accept(2): the next finished handshake from the kernel's queue
                var socket = listener.accept();
                failures.succeeded();
                var connection = new EchoConnection(socket, limits.idleTimeout());
                open.add(connection);
                try {
                    if (!clients.tryAcquire()) {
                        throw new RejectedExecutionException("--max-clients reached");
                    }
                    workers.execute(() -> {
                        try {
                            connection.serve(log);
                        } finally {
                            open.remove(connection);
                            clients.release();
                        }
                    });
                } catch (RejectedExecutionException full) {
                    refuse(socket, connection);
                }
            } catch (IOException e) {
                // The listener was closed by stop(); or accept(2) failed, most likely with
                // EMFILE (no descriptor left), which would fail again at once: pause.
                if (!listener.isClosed()) {
                    failures.failed(e);
                }
            }
        }
    }
    // end::serve[]

    private void refuse(Socket socket, EchoConnection connection) {
        try (socket) {
            log.println(Options.hostAndPort(socket.getRemoteSocketAddress()) + ": refused, busy");
            // A fresh connection's send buffer is empty: this write(2) does not block.
            socket.getOutputStream().write("error: the server is busy, try again later\n"
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            // the client left first; close(2) is all that is left to do
        } finally {
            open.remove(connection);
        }
    }

    /** Stops the server: no new clients, a grace period for open ones, then close the rest. */
    void stop() {
        stopAccepting();
        awaitClients();
    }

    // tag::stop[]
    void stopAccepting() {
        try {
            // close(2) on the listening socket: connects are refused from now on, and
            // the accept() blocked in serve() throws.
            listener.close();
        } catch (IOException e) {
            log.println("closing the listener failed: " + e.getMessage());
        }
        // No new tasks; the running and queued ones go on.
        workers.shutdown();
        log.printf("stopping: %d open, waiting up to %d ms%n", open.count(),
                limits.grace().toMillis());
    }

    void awaitClients() {
        try {
            if (!workers.awaitTermination(limits.grace().toMillis(), TimeUnit.MILLISECONDS)) {
                log.println("closing " + open.closeAll() + " connections still open");
                // Queued tasks are dropped; running ones see their socket closed.
                workers.shutdownNow();
                workers.awaitTermination(1, TimeUnit.SECONDS);
            }
            log.println("stopped");
        } catch (InterruptedException e) {
            log.println("stopped while waiting for clients");
        } finally {
            open.stopWatching();
        }
    }
    // end::stop[]
}

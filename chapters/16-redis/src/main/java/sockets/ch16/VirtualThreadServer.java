package sockets.ch16;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The first design, chapter 10's: a virtual thread per client, each blocking in read and write
 * as if it were alone. A watchdog thread keeps the time: it sweeps expired keys ten times a
 * second and ends connections past their deadlines.
 */
final class VirtualThreadServer {

    static final byte[] TOO_MANY = "-ERR max number of clients reached\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final Commands commands;
    private final Limits limits;
    private final PrintStream log;
    private final Set<BlockingConnection> open = ConcurrentHashMap.newKeySet();

    VirtualThreadServer(ServerSocket listener, Commands commands, Limits limits, PrintStream log) {
        this.listener = listener;
        this.commands = commands;
        this.limits = limits;
        this.log = log;
    }

    // tag::serve[]
    /** Serves until the listener is closed; then closes every client still connected. */
    void serve() throws IOException {
        var watchdog = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("watchdog").factory());
        long period = Math.clamp(limits.idle().toMillis() / 10, 10, 100);
        watchdog.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
        try {
            while (true) {
                Socket socket;
                try {
                    // accept(2): blocks this (platform) thread until a client has connected
                    socket = listener.accept();
                } catch (IOException e) {
                    if (listener.isClosed()) {
                        throw e;
                    }
                    // EMFILE: the client waits in the accept queue and the next accept would
                    // fail at once, for ever; pause instead of spinning (chapter 10).
                    log.println("cannot accept: " + Options.lower(e) + "; trying again in 100 ms");
                    LockSupport.parkNanos(100_000_000L);
                    continue;
                }
                if (open.size() >= limits.maxClients()) {
                    refuse(socket);
                    continue;
                }
                var connection = new BlockingConnection(socket, commands, limits, log);
                open.add(connection);
                Thread.ofVirtual().start(() -> {
                    try {
                        connection.serve();
                    } catch (RuntimeException bug) {
                        connection.close();                 // this client only: the others go on
                        log.println(Options.hostAndPort(socket.getRemoteSocketAddress())
                                + ": closed after a failure in the server: " + bug);
                    } finally {
                        open.remove(connection);
                    }
                });
            }
        } finally {
            watchdog.shutdownNow();
            open.forEach(BlockingConnection::close);
        }
    }
    // end::serve[]

    // tag::refuse[]
    /** Redis's answer to one client too many: an error line, then close(2). */
    private void refuse(Socket socket) {
        try (socket) {
            // write(2) to a new connection: its send buffer is empty, so this cannot block.
            socket.getOutputStream().write(TOO_MANY);
            log.println(Options.hostAndPort(socket.getRemoteSocketAddress())
                    + ": refused, " + limits.maxClients() + " clients already");
        } catch (IOException gone) {
            // the client left first; close(2) frees the descriptor either way
        }
    }
    // end::refuse[]

    // Expired keys, then deadlines: a read waiting past the idle limit, a write past it too.
    private void sweep() {
        try {
            commands.sweep();
            long now = System.nanoTime();
            for (var connection : open) {
                connection.checkDeadline(now);
            }
        } catch (RuntimeException e) {
            log.println("watchdog: " + e);               // never let one failure stop the sweeps
        }
    }
}

package sockets.ch16;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * The second design, chapter 13's and Redis's own: one thread, one selector, every client.
 * The thread never waits for one client; each {@link SelectorConnection} keeps its own state.
 * Ten times a second the loop also sweeps expired keys and connections past their deadlines.
 */
final class SelectorServer {

    private final ServerSocketChannel listener;
    private final Commands commands;
    private final Limits limits;
    private final PrintStream log;
    private final Selector selector;
    private int clients;

    SelectorServer(ServerSocketChannel listener, Commands commands, Limits limits, PrintStream log)
            throws IOException {
        this.listener = listener;
        this.commands = commands;
        this.limits = limits;
        this.log = log;
        // epoll_create1(2): the kernel object that watches every descriptor for this thread
        this.selector = Selector.open();
        // fcntl(O_NONBLOCK), then epoll_ctl(EPOLL_CTL_ADD, EPOLLIN) for the listener
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
    }

    // tag::loop[]
    /** Runs until the listener is closed ({@link #stop()}), then closes every client. */
    void run() throws IOException {
        long period = Math.clamp(limits.idle().toMillis() / 10, 10, 100);
        long nextSweep = System.nanoTime();
        try {
            while (listener.isOpen()) {
                // epoll_wait(2): sleep until a descriptor is ready, or until the next sweep
                selector.select(period);
                for (var key : selector.selectedKeys()) {
                    if (key.isValid() && key.isAcceptable()) {
                        acceptAll(key);
                    } else {
                        contain(key, SelectorConnection::onReady);
                    }
                }
                selector.selectedKeys().clear();
                if (System.nanoTime() - nextSweep >= 0) {
                    commands.sweep();
                    long now = System.nanoTime();
                    // keys() still holds those of clients closed in this turn: contain skips them
                    for (var key : new ArrayList<>(selector.keys())) {
                        if (key.attachment() instanceof SelectorConnection) {
                            contain(key, connection -> connection.checkDeadline(now));
                        } else if (key.isValid() && key.interestOps() == 0) {
                            key.interestOps(SelectionKey.OP_ACCEPT);       // accept again
                        }
                    }
                    nextSweep = System.nanoTime() + period * 1_000_000;
                }
            }
        } finally {
            for (var key : new ArrayList<>(selector.keys())) {
                if (key.attachment() instanceof SelectorConnection connection) {
                    connection.close(null);
                }
            }
            selector.close();
        }
    }
    // end::loop[]

    // tag::contain[]
    /** One step for one client, if still open; what it throws ends that client, not the loop. */
    private void contain(SelectionKey key, Consumer<SelectorConnection> step) {
        if (key.isValid() && key.attachment() instanceof SelectorConnection connection) {
            try {
                step.accept(connection);
            } catch (RuntimeException bug) {
                connection.close("closed after a failure in the server: " + bug);
            }
        }
    }
    // end::contain[]

    // tag::accept[]
    private void acceptAll(SelectionKey listening) throws IOException {
        while (true) {
            SocketChannel channel;
            try {
                // accept(2) on a non-blocking listener: null at once when nobody waits
                channel = listener.accept();
            } catch (IOException e) {
                // EMFILE, no descriptor left: stop accepting until the next sweep, or the
                // listener, still readable, would wake the loop again at once, for ever.
                log.println("cannot accept: " + Options.lower(e));
                listening.interestOps(0);
                return;
            }
            if (channel == null) {
                return;
            }
            try {
                admit(channel);
            } catch (IOException e) {
                // fcntl(2) failed, or the socket was closed under us: this client alone goes
                channel.close();
                log.println("a new client closed at once: " + Options.lower(e));
            }
        }
    }

    /** Serves a new client, or tells it the server is full; what fails here ends it alone. */
    private void admit(SocketChannel channel) throws IOException {
        channel.configureBlocking(false);
        if (clients >= limits.maxClients()) {
            try (var refused = channel) {
                // write(2) to a new connection: its send buffer is empty, all of it fits
                refused.write(ByteBuffer.wrap(VirtualThreadServer.TOO_MANY));
                log.println(Options.hostAndPort(refused.getRemoteAddress()) + ": refused, "
                        + limits.maxClients() + " clients already");
            } catch (IOException gone) {
                // the client left first; close(2) freed the descriptor
            }
            return;
        }
        // epoll_ctl(EPOLL_CTL_ADD, EPOLLIN), queued for the next select(): tell me when this
        // client has sent something
        var key = channel.register(selector, SelectionKey.OP_READ);
        key.attach(new SelectorConnection(channel, key, commands, limits, log, () -> clients--));
        clients++;
    }
    // end::accept[]

    /** Closes the listener and wakes the loop, which then ends; from any thread. */
    void stop() throws IOException {
        listener.close();
        selector.wakeup();
    }
}

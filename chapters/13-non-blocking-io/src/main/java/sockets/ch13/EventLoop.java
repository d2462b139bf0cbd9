package sockets.ch13;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;

/**
 * The server's one thread: wait until channels are ready, handle what is ready without ever
 * blocking, go back to waiting. Each client's state lives in its {@link Connection}.
 */
final class EventLoop {

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final Connection.Context context;

    EventLoop(ServerSocketChannel listener, SelectorServer.Limits limits, PrintStream log)
            throws IOException {
        this.listener = listener;
        this.context = new Connection.Context(limits, log, new LoopCounts());
        // tag::setup[]
        // epoll_create1(2) on Linux: a kernel object that watches descriptors for us
        selector = Selector.open();
        // fcntl(fd, F_SETFL, O_NONBLOCK): accept(2) now returns at once, client or not
        listener.configureBlocking(false);
        // epoll_ctl(EPOLL_CTL_ADD, fd, EPOLLIN): a listener is "readable" when a connection
        // waits in its accept queue
        listener.register(selector, SelectionKey.OP_ACCEPT);
        // end::setup[]
    }

    LoopCounts counts() {
        return context.counts();
    }

    // tag::loop[]
    /** Runs until the listener is closed ({@link #stop()}), then closes every connection. */
    void run() throws IOException {
        // Often enough to notice an idle client within a tenth of its allowance.
        long sweepMillis = Math.clamp(context.limits().idle().toMillis() / 10, 10, 1000);
        long nextSweep = System.nanoTime();
        try {
            while (listener.isOpen()) {
                // epoll_wait(2): sleep until a channel is ready or the timeout passes; then
                // handle(key) for each ready channel, straight from the array the kernel
                // filled, with no set of selected keys to fill and empty in between.
                selector.select(this::handle, sweepMillis);
                // Keys cancelled before this select(2) are gone from the set now.
                counts().registeredKeys.set(selector.keys().size());
                if (System.nanoTime() - nextSweep >= 0) {
                    sweep();
                    nextSweep = System.nanoTime() + sweepMillis * 1_000_000;
                }
            }
        } finally {
            for (var key : new ArrayList<>(selector.keys())) {
                if (key.attachment() instanceof Connection connection) {
                    connection.close("the server stopped");
                }
            }
            // close(2) of the epoll descriptor, which forgets every registration
            selector.close();
        }
    }
    // end::loop[]

    // tag::handle[]
    private void handle(SelectionKey key) {
        counts().ranOn(Thread.currentThread());
        if (key.isAcceptable()) {
            acceptAll(key);
            return;
        }
        var connection = (Connection) key.attachment();
        // A read writes its echoes at once, and may have closed the connection.
        contain(connection, key.isReadable() ? connection::onReadable : connection::onWritable);
    }
    // One client's step, a read, a write or a check of its time.
    private interface Step {
        void run() throws IOException;
    }
    /** A reset, a broken pipe, even a bug: one client's trouble ends this client only. */
    private void contain(Connection connection, Step step) {
        try {
            step.run();
        } catch (IOException e) {
            connection.close(String.valueOf(e.getMessage()));
        } catch (RuntimeException bug) {
            context.log().println("a failure in the server, for one client: " + bug);
            connection.close(bug.toString());
        }
    }
    // end::handle[]

    // tag::accept[]
    private void acceptAll(SelectionKey key) {
        while (true) {
            SocketChannel channel;
            try {
                // accept(2) on a non-blocking listener: null at once when no client waits
                channel = listener.accept();
            } catch (IOException e) {
                // EMFILE, no descriptor left: stop accepting until the next sweep, or the
                // listener, still readable, would wake the loop again at once, for ever.
                context.log().println("cannot accept: " + e.getMessage());
                key.interestOps(0);
                return;
            }
            if (channel == null) {
                return;
            }
            try {
                // fcntl(O_NONBLOCK) on the new socket; epoll_ctl(EPOLL_CTL_ADD, EPOLLIN)
                channel.configureBlocking(false);
                var clientKey = channel.register(selector, SelectionKey.OP_READ);
                clientKey.attach(new Connection(channel, clientKey, context));
                counts().opened();
            } catch (IOException e) {
                try (channel) {
                    // reset before registering: nothing to serve; close(2) frees the fd even so
                    context.log().println("dropped a client at once: " + e.getMessage());
                } catch (IOException ignored) {
                }
            }
        }
    }
    // end::accept[]

    // Drops idle connections, and accepts again after a failed accept.
    private void sweep() {
        long now = System.nanoTime();
        for (var key : new ArrayList<>(selector.keys())) {
            if (key.isValid() && key.attachment() instanceof Connection connection) {
                contain(connection, () -> connection.checkTime(now));
            } else if (key.isValid() && key.interestOps() == 0) {
                key.interestOps(SelectionKey.OP_ACCEPT);
            }
        }
    }

    /** Closes the listener and wakes the loop, which then ends; from any thread. */
    void stop() throws IOException {
        listener.close();
        selector.wakeup();
    }
}

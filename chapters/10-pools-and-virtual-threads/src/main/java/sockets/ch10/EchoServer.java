package sockets.ch10;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Chapter 10: the echo server of chapters 06 and 08 with its clients run by an executor, either
 * a virtual thread per client or a bounded pool of platform threads, with an idle timeout and
 * a graceful shutdown. The accept loop is the same for both; only the executor changes.
 */
public final class EchoServer {

    static final String USAGE = """
            usage: ./workbook run 10 server [--host ADDRESS] [--port PORT] [--executor virtual|pool]
                   [--pool-size N] [--queue N] [--max-clients N] [--idle-timeout MS] [--grace MS]
              Echoes every line a client sends, many clients at once, until Ctrl-C; then it
              stops accepting, lets open connections finish for the grace period, closes the
              rest and exits 0.
              --host ADDRESS     where to listen (default 127.0.0.1: this machine only)
              --port PORT        the port; 0, the default, lets the kernel pick a free one
              --executor virtual a virtual thread per client (the default)
              --executor pool    a pool of platform threads with a bounded queue
              --pool-size N      the pool's threads (default 8)
              --queue N          clients that may wait for a pool thread (default 100)
              --max-clients N    with virtual threads, clients at once (default 20000)
              --idle-timeout MS  drop a client silent this long (default 30000)
              --grace MS         how long a stopping server waits for clients (default 5000)
            """;

    /** The accept queue's length, listen(2)'s backlog: room for a burst of connects. */
    static final int BACKLOG = 1024;

    private EchoServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args);
            if (options.limits().executor() == Limits.Executor.VIRTUAL) {
                startPoller();
            }
            var listener = listen(new InetSocketAddress(options.host(), options.port()));
            var server = new ExecutorServer(listener, options.limits(), System.out);
            System.out.println("serving with " + options.limits().describe());
            // tag::hook[]
            // Ctrl-C is SIGINT, kill is SIGTERM: the JVM runs its shutdown hooks. A process
            // ended by a signal reports 128 + its number; this one did its job, so it
            // reports success with halt(0) once the graceful stop is done.
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                server.stop();
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }));
            // end::hook[]
            server.serve();
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        }
    }

    /**
     * Starts the JDK's poller, which watches the sockets that virtual threads wait on. The
     * first virtual thread that waits starts it, and it opens descriptors of its own
     * (epoll_create1(2)); if that first wait comes when the process is out of descriptors,
     * it never starts, and no virtual thread can wait on a socket again. So wait once now:
     * an accept with a 1 ms timeout, on a virtual thread, parks it in the poller.
     */
    static void startPoller() {
        try (var nobodyCalls = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobodyCalls.setSoTimeout(1);
            Thread.ofVirtual().start(() -> {
                try (var unexpected = nobodyCalls.accept()) {
                    // a stray connect from this machine: closed at once
                } catch (IOException timedOut) {
                    // SocketTimeoutException, as intended
                }
            }).join();
        } catch (IOException | InterruptedException notNow) {
            // then the first client's read starts the poller
        }
    }

    /** Binds and listens, then prints the readiness line that tests and students wait for. */
    static ServerSocket listen(InetSocketAddress wanted) throws BindException {
        try {
            var listener = new ServerSocket();
            try {
                // bind(2), then listen(2) with a long accept queue
                listener.bind(wanted, BACKLOG);
            } catch (IOException e) {
                listener.close();
                throw e;
            }
            System.out.println("listening on " + Options.hostAndPort(listener.getLocalSocketAddress()));
            System.out.flush();
            return listener;
        } catch (IOException e) {
            throw new BindException("cannot listen on " + Options.hostAndPort(wanted) + ": "
                    + Options.lower(e) + ".");
        }
    }
}

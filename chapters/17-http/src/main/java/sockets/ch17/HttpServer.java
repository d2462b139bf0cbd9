package sockets.ch17;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import javax.net.ServerSocketFactory;

/**
 * Chapter 17: a small HTTP/1.1 server on a {@link ServerSocket}, a virtual thread per
 * connection (chapter 10), that serves a folder of files to browsers and curl, and one
 * dynamic page, {@code /echo}, that shows a request as the server parsed it.
 */
public final class HttpServer {

    static final String USAGE = """
            usage: ./workbook run 17 server [--host ADDRESS] [--port PORT] [--root FOLDER]
                   [--idle-timeout MS] [--header-timeout MS] [--max-body BYTES] [--tls]
              Serves the files under FOLDER over HTTP/1.1 until Ctrl-C (GET and HEAD), and
              /echo, the request as the server read it (GET, HEAD and POST).
              --host ADDRESS        where to listen (default 127.0.0.1: this machine only)
              --port PORT           the port; 0, the default, lets the kernel pick a free one
              --root FOLDER         the folder to serve (default the chapter's site,
                                    chapters/17-http/site)
              --idle-timeout MS     close a kept-alive connection idle this long (default 5000)
              --header-timeout MS   the time a request's headers may take to arrive (default 10000)
              --max-body BYTES      the largest request body (default 1048576)
              --tls                 HTTPS with chapter 15's keys (./workbook run 15 keys makes them)
            """;

    /** listen(2)'s backlog: a browser opens six connections at once, a load tool hundreds. */
    static final int BACKLOG = 1024;

    private final StaticFiles files;
    private final Limits limits;
    private final PrintStream log;
    private final OpenConnections open;

    HttpServer(StaticFiles files, Limits limits, PrintStream log) {
        this.files = files;
        this.limits = limits;
        this.log = log;
        this.open = new OpenConnections(limits.sendDeadline(), limits.connections());
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args);
            var files = new StaticFiles(options.root());
            var sockets = options.tls() ? TlsKeys.chapter15() : ServerSocketFactory.getDefault();
            System.out.println("serving " + options.root().getFileName() + "/ over HTTP/1.1"
                    + (options.tls() ? " and TLS" : "") + ", a virtual thread per connection\n"
                    + options.limits().describe());
            try (var listener = listen(new InetSocketAddress(options.host(), options.port()), sockets)) {
                new HttpServer(files, options.limits(), System.out).serve(listener);
            }
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the server stopped: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::listen[]
    /** socket(2), bind(2), listen(2) with a long backlog; then the line tests wait for. */
    static ServerSocket listen(InetSocketAddress wanted, ServerSocketFactory sockets)
            throws BindException {
        try {
            var listener = sockets.createServerSocket();         // TLS or not, as the factory makes
            try {
                listener.bind(wanted, BACKLOG);
            } catch (IOException e) {
                listener.close();
                throw e;
            }
            var bound = listener.getLocalSocketAddress();
            System.out.println("listening on " + Options.hostAndPort(bound));
            System.out.flush();
            return listener;
        } catch (IOException e) {
            throw new BindException("cannot listen on " + Options.hostAndPort(wanted) + ": "
                    + Options.lower(e) + ".");
        }
    }
    // end::listen[]

    // tag::serve[]
    /** Accepts until the listener is closed; each connection gets a virtual thread of its own. */
    void serve(ServerSocket listener) throws IOException {
        try {
            while (true) {
                Socket socket;
                try {
                    socket = listener.accept();     // accept(2): the next connection in the queue
                } catch (IOException e) {
                    if (listener.isClosed()) {
                        throw e;
                    }
                    // EMFILE: out of descriptors; pause instead of spinning (chapter 10)
                    log.println("cannot accept: " + Options.lower(e) + "; trying again in 100 ms");
                    LockSupport.parkNanos(100_000_000L);
                    continue;
                }
                if (!open.admit(socket)) {
                    continue;                           // 503 Service Unavailable, and closed
                }
                Thread.ofVirtual().start(() -> {
                    try {
                        new Connection(socket, files, limits, open).serve();
                    } catch (IOException gone) {
                        // reset, broken pipe, or closed by the watchdog: this client only
                    } catch (RuntimeException bug) {
                        var peer = Options.hostAndPort(socket.getRemoteSocketAddress());
                        log.println(peer + ": " + bug);
                    } finally {
                        open.remove(socket);
                    }
                });
            }
        } finally {
            open.closeAll();
        }
    }
    // end::serve[]

    /** Waits until every connection has closed, at most {@code time}; true if they have. */
    boolean awaitNoConnections(Duration time) throws InterruptedException {
        return open.awaitNone(time);
    }
}

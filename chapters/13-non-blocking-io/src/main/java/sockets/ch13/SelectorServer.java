package sockets.ch13;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;

/**
 * Chapter 13: the line echo server of chapter 06, on one thread. A {@link java.nio.channels.Selector}
 * tells that thread which connections are ready, and it never waits for any one of them.
 */
public final class SelectorServer {

    static final String USAGE = """
            usage: ./workbook run 13 server [--host ADDRESS] [--port PORT]
              Echoes every line of every client back to it, all clients at once on one
              thread, until you stop it with Ctrl-C. Lines have at most 1024 bytes.
              --host ADDRESS  where to listen (default 127.0.0.1: this machine only)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
            """;

    // tag::limits[]
    /**
     * What one connection may cost the server.
     *
     * @param maxLine   the longest line, in bytes, without its {@code \n} or {@code \r\n}
     * @param maxUnsent echoes the client has not taken yet, in bytes, before the server
     *                  stops reading from it (backpressure)
     * @param idle      how long a connection may make no progress, either way
     * @param linger    after an error, how long the server waits for the client's FIN
     */
    record Limits(int maxLine, int maxUnsent, Duration idle, Duration linger) {
        static final Limits DEFAULT =
                new Limits(1024, 64 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(1));
    }
    // end::limits[]

    private SelectorServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.SERVER);
            try (var listener = listen(new InetSocketAddress(options.host(), options.port()))) {
                new EventLoop(listener, Limits.DEFAULT, System.out).run();
            }
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the server stopped: " + e.getMessage() + ".");
            System.exit(1);
        }
    }

    // tag::listen[]
    /** Binds and listens, then prints the readiness line that tests and students wait for. */
    static ServerSocketChannel listen(InetSocketAddress wanted) throws IOException {
        // socket(2): the same kernel socket as a ServerSocket's, seen as a channel
        var listener = ServerSocketChannel.open();
        try {
            // bind(2) and listen(2), with a long accept queue: with 50, a burst of connects
            // overflowed it, the kernel dropped SYNs, and clients waited a second to resend
            listener.bind(wanted, 1024);
        } catch (IOException e) {
            listener.close();
            throw new BindException("cannot listen on " + Options.hostAndPort(wanted) + ": "
                    + Options.lower(e) + ".");
        }
        System.out.println("listening on " + Options.hostAndPort(listener.getLocalAddress()));
        System.out.flush();
        return listener;
    }
    // end::listen[]
}

package sockets.ch16;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.Locale;

/**
 * Chapter 16: a key-value server that speaks RESP, the Redis protocol, so that {@code redis-cli}
 * and {@code redis-benchmark} use it as they use Redis. One command core, two designs around it:
 * a virtual thread per client (chapter 10) or one thread and a selector (chapter 13).
 */
public final class RedisServer {

    static final String USAGE = """
            usage: ./workbook run 16 server [--host ADDRESS] [--port PORT] [--design virtual|selector]
                   [--max-clients N] [--idle-timeout MS] [--max-bulk BYTES] [--max-memory BYTES]
              Serves Redis clients (redis-cli -p PORT, redis-benchmark -p PORT) until Ctrl-C:
              PING ECHO SET GET DEL EXISTS INCR DECR EXPIRE TTL KEYS DBSIZE FLUSHALL QUIT, and
              COMMAND and CONFIG GET as clients ask. Data lives in memory only.
              --host ADDRESS      where to listen (default 127.0.0.1: this machine only)
              --port PORT         the port; 0, the default, lets the kernel pick a free one
              --design virtual    a virtual thread per client (the default)
              --design selector   one thread and a selector for every client
              --max-clients N     clients at once (default 1000); one more gets an error
              --idle-timeout MS   close a client that completes no command this long (default 300000)
              --max-bulk BYTES    the longest bulk string a client may send (default 524288)
              --max-memory BYTES  keys and values the server may hold (default 67108864)
            """;

    /** The accept queue's length, listen(2)'s backlog: fifty clients connect at once. */
    static final int BACKLOG = 1024;

    private RedisServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args);
            var address = new InetSocketAddress(options.host(), options.port());
            var commands = new Commands(options.limits(), Commands::monotonicMillis);
            System.out.println("serving with " + options.design().name().toLowerCase(Locale.ROOT)
                    + " design; " + options.limits().describeClients());
            System.out.println("limits: " + options.limits().describeSizes());
            if (options.design() == Options.Design.VIRTUAL) {
                try (var listener = listen(address)) {
                    new VirtualThreadServer(listener, commands, options.limits(), System.out).serve();
                }
            } else {
                try (var listener = listenChannel(address)) {
                    new SelectorServer(listener, commands, options.limits(), System.out).run();
                }
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
    static ServerSocket listen(InetSocketAddress wanted) throws BindException {
        try {
            var listener = new ServerSocket();
            try {
                listener.bind(wanted, BACKLOG);
            } catch (IOException e) {
                listener.close();
                throw e;
            }
            ready(System.out, listener.getLocalSocketAddress());
            return listener;
        } catch (IOException e) {
            throw cannotListen(wanted, e);
        }
    }
    // end::listen[]

    /** The same for the selector design, as a channel. */
    static ServerSocketChannel listenChannel(InetSocketAddress wanted) throws BindException {
        try {
            var listener = ServerSocketChannel.open();
            try {
                listener.bind(wanted, BACKLOG);
            } catch (IOException e) {
                listener.close();
                throw e;
            }
            ready(System.out, listener.getLocalAddress());
            return listener;
        } catch (IOException e) {
            throw cannotListen(wanted, e);
        }
    }

    private static void ready(PrintStream out, SocketAddress address) {
        out.println("listening on " + Options.hostAndPort(address));
        out.flush();
    }

    private static BindException cannotListen(InetSocketAddress wanted, IOException e) {
        return new BindException("cannot listen on " + Options.hostAndPort(wanted) + ": "
                + Options.lower(e) + ".");
    }
}

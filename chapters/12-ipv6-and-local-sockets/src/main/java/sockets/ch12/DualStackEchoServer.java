package sockets.ch12;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * Chapter 12: the line echo over TCP, on IPv4 or IPv6, whichever {@code --host} names. Each
 * client is served on a virtual thread, and the log says which family it came over. Bound to
 * {@code ::} (only when you ask) one socket serves both families: that is dual stack.
 */
public final class DualStackEchoServer {

    static final String USAGE = """
            usage: ./workbook run 12 server [--host ADDRESS] [--port PORT]
              Echoes every line a client sends, over IPv4 or IPv6, until you stop it
              with Ctrl-C. The log says which family each client came over.
              --host ADDRESS  where to listen: 127.0.0.1 (the default) or ::1 serve
                              this machine only; :: serves IPv4 and IPv6 from every
                              network this machine is on (dual stack)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
            """;

    private DualStackEchoServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.SERVER);
            try (var listener = listen(options.tcp().address())) {
                serve(listener, LineEcho.Limits.DEFAULT, System.out);
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
    /** Binds and listens, then prints the readiness line that tests and students wait for. */
    static ServerSocket listen(InetSocketAddress wanted) throws IOException {
        // socket(AF_INET6, SOCK_STREAM, 0) and setsockopt(IPV6_V6ONLY, 0), whatever the
        // host: the JDK makes IPv6 sockets, and an IPv4 address reaches bind(2) mapped,
        // as ::ffff:127.0.0.1. Bound to ::1 the socket takes IPv6 clients only.
        var listener = new ServerSocket();
        try {
            listener.bind(wanted, 50);
        } catch (IOException e) {
            listener.close();
            throw new BindException("cannot listen on " + AddressText.hostAndPort(wanted) + ": "
                    + Options.lower(e) + ".");
        }
        System.out.println("listening on "
                + AddressText.hostAndPort(listener.getLocalSocketAddress()));
        System.out.flush();
        return listener;
    }
    // end::listen[]

    /** The program's loop with its default limits, as {@code BackgroundServer} runs it. */
    static void serve(ServerSocket listener) throws IOException {
        serve(listener, LineEcho.Limits.DEFAULT, System.out);
    }

    // tag::serve[]
    static void serve(ServerSocket listener, LineEcho.Limits limits, PrintStream log)
            throws IOException {
        var places = new Semaphore(limits.maxClients());
        while (true) {
            // accept(2) fills a sockaddr_in6; for an IPv4 client it holds ::ffff:a.b.c.d,
            // and the JDK hands us the Inet4Address a.b.c.d inside it.
            var connection = listener.accept();
            var client = AddressText.hostAndPort(connection.getRemoteSocketAddress());
            if (!places.tryAcquire()) {
                refuse(connection, limits.maxClients() + " clients connected", log);
                continue;
            }
            log.println(client + ": accepted over "
                    + AddressText.family(connection.getRemoteSocketAddress()));
            Thread.ofVirtual().start(() -> {
                try (connection) {
                    String ending;
                    try {
                        ending = LineEcho.converse(connection, connection::shutdownOutput,
                                connection.getInputStream(), connection.getOutputStream(),
                                limits.patience());
                    } finally {
                        // The place is free before the log says so, and before close(2)
                        // sends our FIN: a client that sees it and comes back finds room.
                        places.release();
                    }
                    log.println(client + ": " + ending);
                } catch (IOException e) {
                    // close(2) gives the descriptor back even when it reports an error
                }
            });
        }
    }
    // end::serve[]

    /** Tells a client past the limit why, and closes its connection at once. */
    private static void refuse(Socket connection, String why, PrintStream log) {
        var line = "busy: " + why + ", try later";
        log.println(AddressText.hostAndPort(connection.getRemoteSocketAddress()) + ": refused, " + line);
        try (connection) {
            // write(2) into an empty send buffer returns at once, whatever the client does.
            connection.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client left already: nothing to tell it
        }
    }
}

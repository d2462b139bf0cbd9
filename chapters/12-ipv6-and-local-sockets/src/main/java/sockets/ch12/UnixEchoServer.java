package sockets.ch12;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Semaphore;
import jdk.net.ExtendedSocketOptions;

/**
 * Chapter 12: the same line echo over a Unix domain socket. Its address is a path in the file
 * system, not a host and a port; only processes on this machine can reach it, and the server
 * can ask the kernel who each client is. The socket file is removed when the server stops.
 */
public final class UnixEchoServer {

    static final String USAGE = """
            usage: ./workbook run 12 unix-server [--path PATH]
              Echoes every line a local client sends over a Unix domain socket, until
              you stop it with Ctrl-C; the log names each client's user and group.
              --path PATH  the socket file to create (default: echo.sock in a new
                           directory under java.io.tmpdir that only you can enter)
            """;

    private UnixEchoServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.UNIX_SERVER);
            var chosen = options.unix().path();
            var file = chosen.isPresent() ? SocketFile.at(chosen.get()) : SocketFile.inNewDirectory();
            // tag::ready[]
            try (var listener = listen(file, System.out)) {
                // Ctrl-C (SIGINT) or kill (SIGTERM): the JVM runs this hook before it exits.
                Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(file::remove));
                // Ready, and sure to clean up: now tests and students may use the socket.
                System.out.println("listening on " + file.path());
                System.out.flush();
                serve(listener, LineEcho.Limits.DEFAULT, System.out);
            }
            // end::ready[]
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the server stopped: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::listen[]
    static ServerSocketChannel listen(SocketFile file, PrintStream log)
            throws IOException, Options.BadArgument {
        file.prepare(log);
        // socket(AF_UNIX, SOCK_STREAM, 0); bind(2) creates the file; listen(2).
        var listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            listener.bind(UnixDomainSocketAddress.of(file.path()), 50);
        } catch (IOException e) {
            listener.close();
            throw new BindException("cannot listen on " + file.path() + ": "
                    + Options.lower(e) + ".");
        }
        return listener;
    }
    // end::listen[]

    /** The program's loop with its default limits, as the tests run it. */
    static void serve(ServerSocketChannel listener) throws IOException {
        serve(listener, LineEcho.Limits.DEFAULT, System.out);
    }

    // tag::serve[]
    static void serve(ServerSocketChannel listener, LineEcho.Limits limits, PrintStream log)
            throws IOException {
        var places = new Semaphore(limits.maxClients());
        for (int n = 1; ; n++) {
            // accept(2): a client socket has no name, so there is no address to log.
            var connection = listener.accept();
            var client = "client " + n;
            if (!places.tryAcquire()) {
                log.println(client + ": refused, " + limits.maxClients() + " clients connected");
                closeQuietly(connection);
                continue;
            }
            Thread.ofVirtual().start(() -> {
                try (connection) {
                    String ending;
                    try {
                        log.println(client + ": accepted, " + whoIs(connection));
                        ending = LineEcho.converse(connection, connection::shutdownOutput,
                                Channels.newInputStream(connection),
                                Channels.newOutputStream(connection), limits.patience());
                    } finally {
                        // The place is free before the log says so and before close(2).
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

    // tag::peer[]
    /** getsockopt(SO_PEERCRED): who the client is, as the kernel recorded at connect(2). */
    static String whoIs(SocketChannel connection) throws IOException {
        if (!connection.supportedOptions().contains(ExtendedSocketOptions.SO_PEERCRED)) {
            return "its user unknown (no SO_PEERCRED here)";
        }
        var peer = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
        return "user " + peer.user().getName() + ", group " + peer.group().getName();
    }
    // end::peer[]

    private static void closeQuietly(SocketChannel connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }
}

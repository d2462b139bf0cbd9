package sockets.ch02;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Chapter 02: why servers set SO_REUSEADDR. A server serves one client and closes first, which
 * leaves its end of the connection in TIME_WAIT on the server's port; then the server
 * "restarts" on that port twice, without SO_REUSEADDR and with it. It stops by itself.
 */
public final class ServerRestart {

    static final String USAGE = """
            usage: ./workbook run 02 restart [--host ADDRESS] [--port PORT]
              Listens on ADDRESS:PORT, serves one client of its own and closes first, then
              binds the same port again without and with SO_REUSEADDR; it stops by itself.
              --host ADDRESS  the address to bind (default 127.0.0.1)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
            """;

    // The server's end of a connection it closed first: TIME_WAIT keeps it in the kernel.
    record ClosedConnection(InetSocketAddress server, InetSocketAddress client) {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args);
            var wanted = new InetSocketAddress(options.host(), options.port());
            ClosedConnection closed;
            try (var listener = new ServerSocket()) {
                BindReport.bind(listener, wanted);
                System.out.println("listening on "
                        + Options.hostAndPort((InetSocketAddress) listener.getLocalSocketAddress()));
                closed = serveOneClientClosingFirst(listener);
            }
            System.out.println("the server closed first; its end " + Options.hostAndPort(closed.server())
                    + " -> " + Options.hostAndPort(closed.client()) + " is " + LinuxProc
                    .tcpState(closed.server().getPort(), closed.client().getPort())
                    .orElse(LinuxProc.exists() ? "gone" : "not shown (Linux only: no /proc/net/tcp here)"));
            System.out.println("the listener is closed too; now the server restarts on the same port:");
            restart(closed.server(), false);
            restart(closed.server(), true);
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println(e instanceof BindException ? e.getMessage()
                    : "the restart failed: " + e.getMessage() + ".");
            System.exit(1);
        }
    }

    /** Serves one client of its own and closes first; returns the connection's two ends. */
    static ClosedConnection serveOneClientClosingFirst(ServerSocket listener) throws IOException {
        // connect(2) completes from the listen backlog, so one thread can play both sides.
        try (var client = new Socket()) {
            client.connect(listener.getLocalSocketAddress(), 5_000);
            client.setSoTimeout(5_000);
            // tag::close-first[]
            try (var connection = listener.accept()) {
                connection.setSoTimeout(5_000);
                connection.getOutputStream().write("bye\n".getBytes(StandardCharsets.US_ASCII));
                // shutdown(SHUT_WR): our FIN goes first, so this end will be the one in TIME_WAIT
                connection.shutdownOutput();
                // the client reads to end of stream and closes: its FIN comes back
                drain(client.getInputStream());
                client.close();
                // end of stream here means the client's FIN has arrived: now TIME_WAIT
                drain(connection.getInputStream());
                return new ClosedConnection((InetSocketAddress) connection.getLocalSocketAddress(),
                        (InetSocketAddress) connection.getRemoteSocketAddress());
            }
            // end::close-first[]
        }
    }

    // tag::restart[]
    static void restart(InetSocketAddress address, boolean reuseAddress) {
        try (var listener = new ServerSocket()) {
            // setsockopt(SO_REUSEADDR) must come before bind(2): bind is where it counts
            listener.setReuseAddress(reuseAddress);
            listener.bind(address);
            System.out.println("  SO_REUSEADDR=" + reuseAddress + ": bind("
                    + Options.hostAndPort(address) + ") -> bound, listening again");
        } catch (IOException refused) {
            System.out.println("  SO_REUSEADDR=" + reuseAddress + ": bind("
                    + Options.hostAndPort(address) + ") -> BindException: "
                    + BindError.strerror(refused));
        }
    }
    // end::restart[]

    // Reads until end of stream. The read timeout set above (poll(2) with a timeout, not the C
    // option SO_RCVTIMEO) keeps a stalled peer from hanging us; the peer is our own client.
    private static void drain(InputStream in) throws IOException {
        var buffer = new byte[256];
        while (in.read(buffer) != -1) {
            // the greeting is not the point here; only the end of stream is
        }
    }
}

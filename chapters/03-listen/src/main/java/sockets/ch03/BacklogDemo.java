package sockets.ch03;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Chapter 03: listen(2) and the accept queue. The demo listens with a small backlog and does not
 * call accept(). Clients connect anyway, because the kernel completes their handshakes and
 * queues them, until the queue is full and the next connect times out. Then it accepts the
 * queued clients one by one and reads what each sent while it waited.
 */
public final class BacklogDemo {

    static final String USAGE = """
            usage: ./workbook run 03 [backlog] [--host ADDRESS] [--port PORT] [--backlog N]
              Listens with a backlog of N without calling accept(), connects clients until
              one times out because the accept queue is full, then accepts the queued ones.
              --host ADDRESS  where to listen (default 127.0.0.1)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
              --backlog N     the backlog given to listen(2), from 1 to 128 (default 2)
            """;

    // The kernel resends a dropped SYN 1 s later (then every second, then doubling since
    // Linux 6.5; 1, 3, 7 s... before): a 1 s timeout shows one stall.
    static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args, Options.Program.DEMO);
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            demonstrate(options);
        } catch (BindException e) {
            System.err.println(Options.bindFailure(options.address(), e));
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the demonstration failed: " + e.getMessage() + ".");
            System.exit(1);
        }
    }

    static void demonstrate(Options options) throws IOException {
        var clients = new ArrayList<Socket>();
        // tag::listen[]
        try (var listener = new ServerSocket()) {
            // bind(2), then listen(fd, backlog) at once: one Java call, two system calls
            listener.bind(options.address(), options.backlog());
            System.out.printf("listening on %s with backlog %d; nobody calls accept() yet%n",
                    Options.hostAndPort(listener.getLocalSocketAddress()), options.backlog());
        // end::listen[]
            try {
                int queued = fillTheQueue(listener, clients, options.backlog() + 2);
                System.out.printf("the accept queue held %d connections: %s%n",
                        queued, comparedWithTheBacklog(queued, options.backlog()));
                acceptEach(listener, queued);
                connectOneMore(listener, queued + 2);
            } finally {
                for (var client : clients) {
                    client.close();
                }
            }
        }
    }

    private static int fillTheQueue(ServerSocket listener, List<Socket> clients, int attempts)
            throws IOException {
        // tag::fill[]
        for (int n = 1; n <= attempts; n++) {
            var client = new Socket();
            clients.add(client);
            try {
                // connect(2) returns once the kernel has answered the SYN for the listener:
                // the handshake is complete although nobody called accept()
                client.connect(listener.getLocalSocketAddress(), CONNECT_TIMEOUT_MILLIS);
            } catch (SocketTimeoutException queueFull) {
                // the queue is full: the kernel dropped the SYN, the client retransmits it
                System.out.printf(
                        "client %d did not connect: %s after %d ms (the queue is full)%n",
                        n, queueFull.getMessage(), CONNECT_TIMEOUT_MILLIS);
                return n - 1;
            } catch (ConnectException queueFull) {
                // Windows answers a SYN for a full queue with a RST instead
                System.out.printf("client %d did not connect: refused (the queue is full)%n", n);
                return n - 1;
            }
            var hello = "hello from client " + n;
            // the bytes wait in the queued connection's receive buffer, not in the client
            client.getOutputStream().write((hello + "\n").getBytes(StandardCharsets.UTF_8));
            System.out.printf("client %d connected from %s and sent \"%s\"%n",
                    n, Options.hostAndPort(client.getLocalSocketAddress()), hello);
        }
        // end::fill[]
        throw new IOException("all " + attempts + " connects succeeded: the kernel queued more than backlog + 1");
    }

    /** Linux queues the backlog plus one; macOS the backlog itself; Windows counts its own way. */
    static String comparedWithTheBacklog(int queued, int backlog) {
        return switch (queued - backlog) {
            case 1 -> "the backlog, " + backlog + ", plus one";
            case 0 -> "the backlog, " + backlog;
            default -> "with a backlog of " + backlog;
        };
    }

    private static void acceptEach(ServerSocket listener, int queued) throws IOException {
        // tag::accept[]
        for (int n = 1; n <= queued; n++) {
            // accept(2) takes the oldest connection off the queue: it does no handshake
            try (var connection = listener.accept()) {
                var peer = Options.hostAndPort(connection.getRemoteSocketAddress());
                System.out.printf("accept() %d: %s, which had already sent %s%n",
                        n, peer, FirstLine.describe(connection));
            }
        }
        // end::accept[]
    }

    private static void connectOneMore(ServerSocket listener, int n) throws IOException {
        // tag::room[]
        try (var client = new Socket()) {
            client.connect(listener.getLocalSocketAddress(), CONNECT_TIMEOUT_MILLIS);
            System.out.printf("client %d connected from %s: accept() made room in the queue%n",
                    n, Options.hostAndPort(client.getLocalSocketAddress()));
        }
        // end::room[]
    }
}

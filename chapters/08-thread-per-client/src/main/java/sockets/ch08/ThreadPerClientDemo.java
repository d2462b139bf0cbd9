package sockets.ch08;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Chapter 08's demo: the threaded echo server on a thread, and five clients connected to it
 * at the same time. Each is served by its own thread; they are answered in any order, which
 * an iterative server could not do. Then the clients leave, the listener closes, and it exits.
 */
public final class ThreadPerClientDemo {

    static final String USAGE = """
            usage: ./workbook run 08 [--host ADDRESS] [--port PORT]
              Runs the threaded echo server and five clients that stay connected at once,
              shows which thread serves each, then stops. To run them yourself:
              ./workbook run 08 server, ./workbook run 08 client.
              --host ADDRESS  where the server listens (default 127.0.0.1)
              --port PORT     its port; 0, the default, lets the kernel pick a free one
            """;

    static final int CLIENTS = 5;

    private ThreadPerClientDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.DEMO);
            var wanted = new InetSocketAddress(options.host(), options.port());
            try (var listener = ThreadedEchoServer.listen(wanted)) {
                demonstrate(listener);
            }
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException | InterruptedException e) {
            System.err.println("the demo failed: " + e.getMessage() + ".");
            System.exit(1);
        }
    }

    static void demonstrate(ServerSocket listener) throws IOException, InterruptedException {
        var limits = new ThreadedEchoServer.Limits(Options.DEFAULT_MAX_CLIENTS, Duration.ofSeconds(10));
        var acceptor = Thread.ofPlatform().name("acceptor").start(() -> {
            try {
                ThreadedEchoServer.serve(listener, limits, System.out);
            } catch (IOException closedByTheDemo) {
                // close(2) on the listener ends accept(): the way this demo stops it
            }
        });
        var clients = new ArrayList<Client>();
        try {
            // tag::demo[]
            // Five connections, all open at once; each says hello and waits for its echo.
            for (int i = 1; i <= CLIENTS; i++) {
                var client = Client.connect(i, listener.getLocalSocketAddress());
                clients.add(client);
                client.roundTrip("hello from client " + i);
            }
            var threads = clientThreads();
            System.out.println(CLIENTS + " clients connected, " + threads.size()
                    + " threads serving them: " + String.join(", ", threads));
            // The last to come is answered first: no client waits behind another.
            for (int i = CLIENTS; i >= 1; i--) {
                clients.get(i - 1).roundTrip("client " + i + " again");
            }
            // Each hangs up in turn; its thread logs, closes its socket and ends.
            for (var client : clients) {
                client.hangUp();
            }
            // end::demo[]
        } finally {
            for (var client : clients) {
                client.socket().close();
            }
            listener.close();
            acceptor.join();
        }
        System.out.println("the listener is closed: the server stopped after " + CLIENTS
                + " clients, each served on its own thread.");
    }

    /** One of the demo's clients: its number, its socket and its buffered streams. */
    private record Client(int n, Socket socket, BufferedInputStream in, BufferedOutputStream out) {

        static Client connect(int n, SocketAddress server) throws IOException {
            var socket = new Socket();
            socket.connect(server, 5_000);
            socket.setSoTimeout(10_000);
            return new Client(n, socket, new BufferedInputStream(socket.getInputStream()),
                    new BufferedOutputStream(socket.getOutputStream()));
        }

        void roundTrip(String line) throws IOException {
            LineFraming.write(out, line.getBytes(StandardCharsets.UTF_8));
            // One write(2) for the line and its \n.
            out.flush();
            var echo = LineFraming.read(in);
            System.out.printf("client %d   sent \"%s\", read \"%s\"%n", n, line,
                    echo == null ? "(end of stream)" : new String(echo, StandardCharsets.UTF_8));
        }

        /** Sends FIN, then waits for the server's: its thread has logged and closed by then. */
        void hangUp() throws IOException {
            socket.shutdownOutput();
            LineFraming.read(in);
        }
    }

    /** The live threads whose names start with client-, in the order they were made. */
    private static List<String> clientThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("client-"))
                .sorted((a, b) -> Long.compare(a.threadId(), b.threadId()))
                .map(Thread::getName).toList();
    }
}

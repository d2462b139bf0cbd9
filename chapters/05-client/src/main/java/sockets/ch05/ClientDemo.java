package sockets.ch05;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Chapter 05's demo: the client against a reply server on a thread, then against four
 * servers that fail it in four ways. Every failure is the sentence the client program prints.
 * All on loopback; the demo stops by itself within about two seconds.
 */
public final class ClientDemo {

    static final String USAGE = """
            usage: ./workbook run 05 [--host ADDRESS] [--port PORT]
              Runs the reply server on a thread and the client against it, then shows a
              refused connect, a connect timeout, a read timeout and a server that hangs
              up. To run them yourself: ./workbook run 05 server, ./workbook run 05 client.
              --host ADDRESS  where the servers listen (default 127.0.0.1)
              --port PORT     the reply server's port; 0, the default, lets the kernel pick
            """;

    /** Short, so that the demo's timeouts pass quickly; the client's defaults are 5 s. */
    static final Duration TIMEOUT = Duration.ofMillis(500);

    private ClientDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try (var listener = ReplyServer.listen(Options.parse(args))) {
            demonstrate(listener);
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the demo failed: " + Options.lower(e) + ".");
            System.exit(1);
        } catch (InterruptedException e) {
            System.err.println("the demo was interrupted.");
            System.exit(1);
        }
    }

    static void demonstrate(ServerSocket listener) throws IOException, InterruptedException {
        var host = listener.getInetAddress();
        var server = Thread.ofPlatform().name("reply-server").start(() -> {
            try {
                ReplyServer.serve(listener);
            } catch (IOException closedByTheDemo) {
                // the listener was closed under accept(): the server's loop ends
            }
        });
        ask("1. a server that replies", address(listener));
        listener.close();
        server.join();
        // tag::failures[]
        InetSocketAddress nobody;
        try (var probe = new ServerSocket(0, 1, host)) {
            nobody = address(probe);
        }
        // Bound, then closed: nothing listens on that port, so its kernel answers SYN with RST.
        ask("2. nothing listens on the port", nobody);
        try (var full = new ServerSocket(0, 1, host);
             var first = new Socket();
             var second = new Socket()) {
            fill(full, first, second);
            ask("3. a listener whose accept queue is full", address(full));
        }
        try (var deaf = new ServerSocket(0, 50, host)) {
            // The kernel completes the handshake; nobody accepts, so nobody replies.
            ask("4. a listener that never accepts", address(deaf));
        }
        try (var rude = new ServerSocket(0, 50, host)) {
            var hangUp = Thread.ofVirtual().start(() -> readAndHangUp(rude));
            ask("5. a server that hangs up without a reply", address(rude));
            hangUp.join();
        }
        // end::failures[]
    }

    private static void ask(String title, InetSocketAddress server) {
        System.out.printf("%n%s%n", title);
        var request = new ClientOptions(server, ClientOptions.DEFAULT_MESSAGE, TIMEOUT, TIMEOUT, Optional.empty());
        try {
            LineClient.print(request.message(), LineClient.exchange(request));
        } catch (LineClient.Failure e) {
            System.out.println(e.getMessage());
        }
    }

    // tag::fill[]
    /** With backlog 1, Linux queues backlog + 1 = 2 finished handshakes, then drops SYNs. */
    private static void fill(ServerSocket listener, Socket... clients) throws IOException {
        for (var client : clients) {
            try {
                client.connect(listener.getLocalSocketAddress(), 1_000);
            } catch (SocketTimeoutException | ConnectException alreadyFull) {
                // A system whose queue holds fewer is full already: that is all we need.
                // (Windows refuses a connect to a full queue instead of dropping its SYN.)
                return;
            }
        }
    }
    // end::fill[]

    /** Accepts one client and hangs up on it without a reply. */
    private static void readAndHangUp(ServerSocket listener) {
        try (var connection = listener.accept()) {
            connection.setSoTimeout(5_000);
            // shutdown(SHUT_WR) sends FIN; then read until the client's FIN, so that closing
            // never finds unread bytes (which would send a reset instead).
            connection.shutdownOutput();
            connection.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            System.out.println("the rude server failed: " + e.getMessage());
        }
    }

    private static InetSocketAddress address(ServerSocket listener) {
        return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
    }
}

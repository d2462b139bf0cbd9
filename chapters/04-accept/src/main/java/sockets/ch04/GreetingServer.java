package sockets.ch04;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Chapter 04: an iterative server. It accepts one connection, greets the client with the
 * address and port it sees for it, waits for the client to hang up, closes, and accepts the
 * next. While it serves one client, every other client waits in the kernel's accept queue.
 */
public final class GreetingServer {

    static final String USAGE = """
            usage: ./workbook run 04 server [--host ADDRESS] [--port PORT]
              Greets each client with the address and port it sees for it, one client at
              a time, until you stop it with Ctrl-C.
              --host ADDRESS  where to listen (default 127.0.0.1: this machine only)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
            """;

    /** How long one client may hold the server, whatever it does. */
    static final Duration PATIENCE = Duration.ofSeconds(5);
    /** The client has nothing to say; this much is read and thrown away, then it is dropped. */
    static final int MOST_BYTES_IGNORED = 1024;

    private GreetingServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try (var listener = listen(Options.parse(args))) {
            serve(listener);
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the server stopped: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    /** Binds and listens, then prints the readiness line that tests and students wait for. */
    static ServerSocket listen(Options options) throws IOException {
        // tag::listen[]
        var wanted = new InetSocketAddress(options.host(), options.port());
        var listener = new ServerSocket();
        try {
            // bind(2), then listen(2) with a backlog of 50: from here on the kernel
            // completes handshakes by itself and queues them until accept() takes them.
            listener.bind(wanted, 50);
        } catch (IOException e) {
            listener.close();
            throw new BindException("cannot listen on " + Options.hostAndPort(wanted) + ": "
                    + Options.lower(e) + ".");
        }
        // Flushed at once: tests, scripts and students wait for this line.
        var bound = listener.getLocalSocketAddress();
        System.out.println("listening on " + Options.hostAndPort(bound));
        System.out.flush();
        // end::listen[]
        return listener;
    }

    static void serve(ServerSocket listener) throws IOException {
        serve(listener, PATIENCE);
    }

    // tag::serve[]
    static void serve(ServerSocket listener, Duration patience) throws IOException {
        while (true) {
            // accept(2) blocks until the queue holds a finished handshake, then returns
            // a new descriptor for that one connection; the listener keeps listening.
            try (var connection = listener.accept()) {
                var ends = "local " + Options.hostAndPort(connection.getLocalSocketAddress())
                        + " remote " + Options.hostAndPort(connection.getRemoteSocketAddress());
                System.out.printf("%-10s %s%n", "accepted", ends);
                greet(connection, patience).ifPresent(
                        why -> System.out.printf("%-10s %s: %s%n", "dropped", ends, why));
            }
            // close(2), whatever happened: one descriptor per client, given back
        }
    }
    // end::serve[]

    // tag::greet[]
    /** Greets the client and waits for it to hang up; if it misbehaves, says how. */
    private static Optional<String> greet(Socket connection, Duration patience) {
        var greeting = "hello " + Options.hostAndPort(connection.getRemoteSocketAddress()) + "\n";
        var deadline = System.nanoTime() + patience.toNanos();
        try {
            // write(2): the bytes go to the kernel's send buffer; this returns at once
            var out = connection.getOutputStream();
            out.write(greeting.getBytes(StandardCharsets.US_ASCII));
            var in = connection.getInputStream();
            var ignored = new byte[256];
            // Wait for the client to hang up (read returns -1), so that it closes first.
            for (int total = 0; total <= MOST_BYTES_IGNORED; ) {
                // Each read may only wait for what is left of this client's time.
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                connection.setSoTimeout((int) Math.max(1, left));
                int n = in.read(ignored);
                if (n == -1) {
                    return Optional.empty();
                }
                total += n;
            }
            return Optional.of("it sent more than " + MOST_BYTES_IGNORED + " bytes");
        } catch (SocketTimeoutException e) {
            return Optional.of("it did not hang up within " + shown(patience));
        } catch (IOException e) {
            return Optional.of(Options.lower(e));
        }
    }
    // end::greet[]

    private static String shown(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }
}

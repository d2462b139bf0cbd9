package sockets.ch05;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The server the client talks to: it reads one line from each client and answers with one
 * line that names the client's address and port and repeats what it said. One client at a
 * time, as in chapter 04; a client that misbehaves is dropped and the next is served.
 */
public final class ReplyServer {

    static final String USAGE = """
            usage: ./workbook run 05 server [--host ADDRESS] [--port PORT]
              Answers each client's line with 'hello HOST:PORT, you said "LINE"', one
              client at a time, until you stop it with Ctrl-C.
              --host ADDRESS  where to listen (default 127.0.0.1: this machine only)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
            """;

    /** How long one client may hold the server, from accept to its hang-up. */
    static final Duration PATIENCE = Duration.ofSeconds(5);
    /** The longest line the server reads; a longer one drops the client. */
    static final int LONGEST_LINE_BYTES = 1024;

    private ReplyServer() {
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

    /** Binds and listens (backlog 50), then prints the line that tests and students wait for. */
    static ServerSocket listen(Options options) throws IOException {
        var wanted = new InetSocketAddress(options.host(), options.port());
        var listener = new ServerSocket();
        try {
            listener.bind(wanted, 50);
        } catch (IOException e) {
            listener.close();
            throw new BindException("cannot listen on " + Options.hostAndPort(wanted) + ": "
                    + Options.lower(e) + ".");
        }
        System.out.println("listening on " + Options.hostAndPort(
                (InetSocketAddress) listener.getLocalSocketAddress()));
        System.out.flush();
        return listener;
    }

    static void serve(ServerSocket listener) throws IOException {
        serve(listener, PATIENCE);
    }

    static void serve(ServerSocket listener, Duration patience) throws IOException {
        while (true) {
            try (var connection = listener.accept()) {
                var client = (InetSocketAddress) connection.getRemoteSocketAddress();
                System.out.printf("%-10s remote %s%n", "accepted", Options.hostAndPort(client));
                answer(connection, patience).ifPresent(why -> System.out.printf(
                        "%-10s remote %s: %s%n", "dropped", Options.hostAndPort(client), why));
            }
        }
    }

    // tag::answer[]
    /** Reads a line, answers it, waits for the client to hang up; or says what went wrong. */
    private static Optional<String> answer(Socket connection, Duration patience) {
        var deadline = System.nanoTime() + patience.toNanos();
        var client = Options.hostAndPort((InetSocketAddress) connection.getRemoteSocketAddress());
        try {
            var in = new BufferedInputStream(connection.getInputStream());
            var line = new ByteArrayOutputStream();
            for (int b; (b = next(connection, in, deadline)) != '\n'; ) {
                if (b == -1) {
                    return Optional.of("it hung up after " + line.size() + " bytes of its line");
                }
                if (line.size() == LONGEST_LINE_BYTES) {
                    return Optional.of("its line is longer than " + LONGEST_LINE_BYTES + " bytes");
                }
                line.write(b);
            }
            var said = line.toString(StandardCharsets.UTF_8).strip();
            var reply = "hello " + client + ", you said \"" + said + "\"\n";
            connection.getOutputStream().write(reply.getBytes(StandardCharsets.UTF_8));
            // The client closes first, so that TIME_WAIT stays on its side (chapter 04).
            return next(connection, in, deadline) == -1
                    ? Optional.empty() : Optional.of("it sent more than one line");
        } catch (SocketTimeoutException e) {
            return Optional.of("it did not finish within " + patience.toMillis() + " ms");
        } catch (IOException e) {
            return Optional.of(Options.lower(e));
        }
    }

    /** The next byte, waited for until the deadline at most: a trickle cannot hold us. */
    private static int next(Socket connection, InputStream in, long deadline)
            throws IOException {
        long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
        if (left <= 0) {
            throw new SocketTimeoutException();
        }
        // Not a system call: the JDK waits in poll(2) with this timeout when it must wait.
        connection.setSoTimeout((int) left);
        return in.read();
    }
    // end::answer[]
}

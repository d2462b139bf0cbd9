package sockets.ch06;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

/**
 * Chapter 06: an echo server. It sends every message back as it came, until the client
 * half-closes. It is iterative, one client at a time, like chapter 04's; chapter 08 gives each
 * client a thread of its own.
 */
public final class EchoServer {

    static final String USAGE = """
            usage: ./workbook run 06 server [--host ADDRESS] [--port PORT] [--frames lines|length]
              Echoes every message of a client back to it, one client at a time, until
              you stop it with Ctrl-C.
              --host ADDRESS  where to listen (default 127.0.0.1: this machine only)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
              --frames lines  messages end with a newline, at most 1024 bytes (default)
              --frames length messages start with a 4-byte length, at most 1 MiB
            """;

    /** How long a client may keep the server waiting, in a read or in a write. */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    private EchoServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.SERVER);
            try (var listener = listen(new InetSocketAddress(options.host(), options.port()))) {
                serve(listener, options.framing(), PATIENCE, EchoConnection.LINGER, System.out);
            }
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the server stopped: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    /** Binds and listens, then prints the readiness line that tests and students wait for. */
    static ServerSocket listen(InetSocketAddress wanted) throws IOException {
        var listener = new ServerSocket();
        try {
            // bind(2) and listen(2), with a backlog of 50 (chapter 03)
            listener.bind(wanted, 50);
        } catch (IOException e) {
            listener.close();
            throw new BindException("cannot listen on " + Options.hostAndPort(wanted) + ": "
                    + Options.lower(e) + ".");
        }
        System.out.println("listening on " + Options.hostAndPort(listener.getLocalSocketAddress()));
        System.out.flush();
        return listener;
    }

    /** The program's loop, as {@code BackgroundServer} runs it: lines, on System.out. */
    static void serve(ServerSocket listener) throws IOException {
        serve(listener, new LineFraming(LineFraming.MAX_LINE), PATIENCE, EchoConnection.LINGER,
                System.out);
    }

    // tag::serve[]
    static void serve(ServerSocket listener, Framing framing, Duration patience,
            Duration linger, PrintStream log) throws IOException {
        while (true) {
            try (var connection = listener.accept()) {
                var client = Options.hostAndPort(connection.getRemoteSocketAddress());
                log.println(client + ": accepted");
                // A read waits at most this long for the client's next bytes.
                connection.setSoTimeout((int) patience.toMillis());
                var ending = EchoConnection.echo(connection, framing, patience, linger);
                log.println(client + ": " + ending);
            }
            // close(2): one client's trouble ends with its own connection
        }
    }
    // end::serve[]

}

package sockets.ch04;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;

/**
 * The greeting server's client, as small as it can be: connect, read one line, print it,
 * close. Chapter 05 writes the full client, with its errors and timeouts explained.
 */
public final class GreetingClient {

    static final String USAGE = """
            usage: ./workbook run 04 client [--host ADDRESS] --port PORT
              Connects to the greeting server and prints the line it sends.
              --host ADDRESS  the server's address (default 127.0.0.1)
              --port PORT     the port the server printed in its 'listening on' line
            """;

    /** Longer than the server's patience: a client may wait that long in its queue. */
    static final int READ_TIMEOUT_MILLIS = 10_000;
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    /** A greeting is one short line; a longer one is not from this server. */
    static final int LONGEST_GREETING = 200;

    /** What the client got, and the two ends of the connection it got it on. */
    record Greeting(String line, SocketAddress local, SocketAddress remote) {
    }

    private GreetingClient() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        InetSocketAddress server = null;
        try {
            var options = Options.parse(args);
            if (options.port() == 0) {
                throw new Options.BadArgument("give the server's port with --port PORT: "
                        + "the server prints it in its 'listening on' line.");
            }
            server = new InetSocketAddress(options.host(), options.port());
            System.out.println(fetch(server).line());
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (ConnectException e) {
            // ECONNREFUSED: the other kernel answered the handshake with a reset (RST)
            var refused = "connection refused".equals(Options.lower(e));
            System.err.println("could not connect to " + Options.hostAndPort(server) + ": "
                    + Options.lower(e) + (refused ? ", nothing listens there." : "."));
            System.exit(1);
        } catch (IOException e) {
            System.err.println("no greeting from " + Options.hostAndPort(server) + ": "
                    + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::fetch[]
    static Greeting fetch(SocketAddress server) throws IOException {
        try (var socket = new Socket()) {
            // connect(2): the kernel picks a local port and does the handshake; the
            // listener's kernel completes it, whether or not the server calls accept().
            socket.connect(server, CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            // One read(2) fills the buffer; the loop below takes bytes from it.
            var in = new BufferedInputStream(socket.getInputStream());
            var line = new StringBuilder();
            // Up to the newline: TCP hands over bytes, not lines.
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b == -1) {
                    throw new EOFException(
                            "the server closed the connection without a greeting");
                }
                if (line.length() == LONGEST_GREETING) {
                    throw new IOException(
                            "the greeting is longer than " + LONGEST_GREETING + " bytes");
                }
                line.append((char) b);
            }
            return new Greeting(line.toString(), socket.getLocalSocketAddress(),
                    socket.getRemoteSocketAddress());
        }
    }
    // end::fetch[]
}

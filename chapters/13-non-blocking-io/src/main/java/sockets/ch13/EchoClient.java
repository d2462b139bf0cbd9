package sockets.ch13;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The echo server's client, blocking and simple: it sends a line, waits for its echo, prints
 * it, and goes on. The server does not care how a client is written; this one needs no
 * thread of its own for reading, because it never has more than one line unanswered.
 */
public final class EchoClient {

    static final String USAGE = """
            usage: ./workbook run 13 client [--host ADDRESS] --port PORT [LINE...]
              Sends each LINE to the echo server (or, with none, each line you type until
              Ctrl-D), and prints each echo as it comes back.
              --host ADDRESS  the server's address (default 127.0.0.1)
              --port PORT     the port the server printed in its 'listening on' line
            """;

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int READ_TIMEOUT_MILLIS = 60_000;
    /** The server's limit, an error line's length and some room: a reply is never longer. */
    static final int MAX_REPLY = 2048;

    private EchoClient() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        InetSocketAddress server = null;
        try {
            var options = Options.parse(args, Options.Program.CLIENT);
            if (options.port() == 0) {
                throw new Options.BadArgument("give the server's port with --port PORT: "
                        + "the server prints it in its 'listening on' line.");
            }
            server = new InetSocketAddress(options.host(), options.port());
            var lines = options.messages().isEmpty()
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                            .lines().iterator()
                    : options.messages().iterator();
            try (var socket = new Socket()) {
                socket.connect(server, CONNECT_TIMEOUT_MILLIS);
                socket.setSoTimeout(READ_TIMEOUT_MILLIS);
                var out = socket.getOutputStream();
                var in = new BufferedInputStream(socket.getInputStream());
                while (lines.hasNext()) {
                    // One write(2) for the line and its newline.
                    out.write((lines.next() + "\n").getBytes(StandardCharsets.UTF_8));
                    var echo = readLine(in);
                    if (echo == null) {
                        throw new IOException("the server closed the connection");
                    }
                    System.out.println(echo);
                    if (echo.startsWith("error: ")) {
                        // The server closes after an error line: nothing more to send.
                        return;
                    }
                }
                // shutdown(SHUT_WR): our FIN tells the server we are done.
                socket.shutdownOutput();
            }
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (ConnectException e) {
            var refused = "connection refused".equals(Options.lower(e));
            System.err.println("could not connect to " + Options.hostAndPort(server) + ": "
                    + Options.lower(e) + (refused ? ", nothing listens there." : "."));
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the exchange with " + Options.hostAndPort(server) + " failed: "
                    + e.getMessage() + ".");
            System.exit(1);
        }
    }

    /** One line without its newline, or null at end of stream; at most MAX_REPLY bytes. */
    static String readLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b == -1) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (line.size() == MAX_REPLY) {
                throw new IOException("a reply was longer than " + MAX_REPLY + " bytes");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}

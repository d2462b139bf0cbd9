package sockets.ch08;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * The echo server's client: it sends each argument as a line (or each line you type, when
 * there are none), prints each echo as it comes back, then half-closes and waits for the
 * server's end. A line from the server that starts with {@code busy:} or {@code error:} is
 * the server's refusal, and ends the client with that sentence.
 */
public final class EchoClient {

    static final String USAGE = """
            usage: ./workbook run 08 client [--host ADDRESS] --port PORT [MESSAGE...]
              Sends each MESSAGE as a line to the echo server (or, with none, each line
              you type until Ctrl-D) and prints the echo of each.
              --host ADDRESS  the server's address (default 127.0.0.1)
              --port PORT     the port the server printed in its 'listening on' line
            """;

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    /** Longer than the server's patience (30 s): the server ends a silence before we do. */
    static final int READ_TIMEOUT_MILLIS = 35_000;

    /** The server said no: {@code busy: ...} or {@code error: ...}. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String line) {
            super(line);
        }
    }

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
            var messages = options.messages().isEmpty()
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                            .lines().iterator()
                    : options.messages().iterator();
            exchange(server, messages, System.out::println);
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (Refused e) {
            System.err.println("the server said: " + e.getMessage() + ".");
            System.exit(1);
        } catch (ConnectException e) {
            // ECONNREFUSED: the other kernel answered our SYN with a reset (RST)
            var refused = "connection refused".equals(Options.lower(e));
            System.err.println("could not connect to " + Options.hostAndPort(server) + ": "
                    + Options.lower(e) + (refused ? ", nothing listens there." : "."));
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the exchange with " + Options.hostAndPort(server) + " failed: "
                    + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::exchange[]
    static void exchange(SocketAddress server, Iterator<String> messages,
            Consumer<String> onEcho) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(server, CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            var in = new BufferedInputStream(socket.getInputStream());
            var out = new BufferedOutputStream(socket.getOutputStream());
            while (messages.hasNext()) {
                var message = messages.next();
                LineFraming.write(out, message.getBytes(StandardCharsets.UTF_8));
                // flush: the line and its \n leave in one write(2); then wait for its echo.
                out.flush();
                onEcho.accept(readEcho(in, message));
            }
            // shutdown(SHUT_WR) sends FIN: the server reads end of stream and closes.
            socket.shutdownOutput();
            if (LineFraming.read(in) instanceof byte[] extra) {
                throw new Refused(new String(extra, StandardCharsets.UTF_8));
            }
        }
    }
    // end::exchange[]

    /** The echo of what we sent; anything else is the server saying no. */
    private static String readEcho(BufferedInputStream in, String sent) throws IOException {
        var bytes = LineFraming.read(in);
        if (bytes == null) {
            throw new EOFException("the server closed the connection before it echoed");
        }
        var reply = new String(bytes, StandardCharsets.UTF_8);
        if (!reply.equals(sent) && (reply.startsWith("busy: ") || reply.startsWith("error: "))) {
            throw new Refused(reply);
        }
        return reply;
    }
}

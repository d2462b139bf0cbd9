package sockets.ch05;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Chapter 05: the full client. It connects to {@code --host} and {@code --port}, from a
 * {@code --bind} address if asked, sends one line, reads one reply line, prints both ends of
 * the connection and closes. Each way that can fail is one sentence and exit status 1.
 */
public final class LineClient {

    static final String USAGE = """
            usage: ./workbook run 05 client --port PORT [--host ADDRESS] [--message TEXT]
                     [--connect-timeout MS] [--read-timeout MS] [--bind ADDRESS[:PORT]]
              Connects to a server, sends TEXT as one line and prints the line it replies.
              --host ADDRESS         the server's address (default 127.0.0.1)
              --port PORT            the server's port, from its 'listening on' line
              --message TEXT         the line to send (default hello)
              --connect-timeout MS   how long the handshake may take (default 5000)
              --read-timeout MS      how long to wait for the reply (default 5000)
              --bind ADDRESS[:PORT]  connect from this address (default: the kernel's choice)
            """;

    /** A reply line longer than this is not from a server of this book. */
    static final int LONGEST_REPLY_BYTES = 1024;

    /** What one exchange gave: both ends of the connection, and the reply. */
    record Exchange(InetSocketAddress local, InetSocketAddress remote, String reply) {}

    /** One way the exchange failed, told as one sentence. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String sentence) {
            super(sentence);
        }
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = ClientOptions.parse(args);
            print(options.message(), exchange(options));
        } catch (Options.BadArgument | Failure e) {
            System.err.println(e.getMessage());
            // 2: the command line is wrong; 1: the network said no
            System.exit(e instanceof Failure ? 1 : 2);
        }
    }

    static void print(String message, Exchange exchange) {
        System.out.printf("%-10s local %s remote %s%n%-10s %s%n%-10s %s%n", "connected",
                Options.hostAndPort(exchange.local()), Options.hostAndPort(exchange.remote()),
                "sent", message, "received", exchange.reply());
    }

    // tag::exchange[]
    static Exchange exchange(ClientOptions request) throws Failure {
        var server = Options.hostAndPort(request.server());
        // socket(2) on first use; close(2) by try-with-resources on every path below.
        try (var socket = new Socket()) {
            // tag::bind[]
            if (request.bind().isPresent()) {
                var local = request.bind().get();
                try {
                    // bind(2) before connect(2): this end gets the address (and port) asked
                    // for; without it, connect binds one by itself.
                    socket.bind(local);
                } catch (IOException e) {
                    throw new Failure("cannot bind the client to "
                            + Options.hostAndPort(local) + ": " + Options.lower(e) + ".");
                }
            }
            // end::bind[]
            try {
                // connect(2): the kernel picks the local address and an ephemeral port
                // (unless bound), sends SYN and waits for SYN-ACK, at most this long.
                socket.connect(request.server(), millis(request.connectTimeout()));
            } catch (SocketTimeoutException e) {
                throw new Failure("could not connect to " + server + ": no handshake within "
                        + millis(request.connectTimeout()) + " ms, the connect timeout.");
            } catch (IOException e) {
                // ECONNREFUSED: the server's kernel answered the SYN with a reset (RST).
                var refused = e instanceof ConnectException c
                        && "connection refused".equals(Options.lower(c));
                throw new Failure("could not connect to " + server + ": " + Options.lower(e)
                        + (refused ? ", nothing listens there." : "."));
            }
            // From here on, every read waits at most this long for bytes to arrive.
            socket.setSoTimeout(millis(request.readTimeout()));
            try {
                // write(2): the line goes into the send buffer; TCP delivers it.
                socket.getOutputStream().write(
                        (request.message() + "\n").getBytes(StandardCharsets.UTF_8));
                var reply = readLine(new BufferedInputStream(socket.getInputStream()));
                return new Exchange((InetSocketAddress) socket.getLocalSocketAddress(),
                        (InetSocketAddress) socket.getRemoteSocketAddress(), reply);
            } catch (SocketTimeoutException e) {
                throw new Failure("no reply from " + server + " within "
                        + millis(request.readTimeout()) + " ms, the read timeout.");
            } catch (EOFException e) {
                throw new Failure("no reply line from " + server + ": " + e.getMessage()
                        + ".");
            }
        } catch (IOException e) {
            // Anything else that ends the connection: a reset (ECONNRESET), a line too long.
            throw new Failure("the exchange with " + server + " failed: " + Options.lower(e) + ".");
        }
    }
    // end::exchange[]

    // tag::read-line[]
    /** One line, without its newline. TCP delivers bytes, not lines: read up to the '\n'. */
    static String readLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                // read(2) returned 0: the server sent its FIN, and no more bytes will come.
                throw new EOFException("the server hung up after " + line.size()
                        + " bytes, before a newline");
            }
            if (line.size() == LONGEST_REPLY_BYTES) {
                throw new IOException("the reply is longer than " + LONGEST_REPLY_BYTES
                        + " bytes");
            }
            line.write(b);
        }
        var text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
    // end::read-line[]

    private static int millis(Duration time) {
        return (int) time.toMillis();
    }
}

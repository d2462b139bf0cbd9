package sockets.ch12;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The echo server's TCP client. It says which addresses its connection has at both ends, and
 * over which family, then sends each argument (or each line you type) and prints the echoes.
 */
public final class EchoClient {

    static final String USAGE = """
            usage: ./workbook run 12 client [--host ADDRESS] --port PORT [MESSAGE...]
              Connects to the echo server, prints both ends of the connection, sends each
              MESSAGE (or, with none, each line you type until Ctrl-D) and prints the echoes.
              --host ADDRESS  the server's address: 127.0.0.1 (default), ::1, ...
              --port PORT     the port the server printed in its 'listening on' line
            """;

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
            if (options.tcp().port() == 0) {
                throw new Options.BadArgument("give the server's port with --port PORT: "
                        + "the server prints it in its 'listening on' line.");
            }
            server = options.tcp().address();
            exchange(server, new LineSource(options.messages()));
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (ConnectException e) {
            // ECONNREFUSED: no socket listens on that address and port, in that family
            System.err.println("could not connect to " + AddressText.hostAndPort(server) + ": "
                    + Options.lower(e) + ", nothing listens there.");
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the exchange with " + AddressText.hostAndPort(server) + " failed: "
                    + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::exchange[]
    static void exchange(InetSocketAddress server, LineSource lines) throws IOException {
        // socket(AF_INET6, ...) then connect(2): to ::1 over IPv6, to 127.0.0.1 as the
        // mapped ::ffff:127.0.0.1, which the kernel sends as a plain IPv4 packet.
        try (var socket = new Socket()) {
            socket.connect(server, 5_000);
            // Longer than the server's patience: the server gives up first.
            socket.setSoTimeout(60_000);
            // getsockname(2) and getpeername(2): the two ends, as this side sees them.
            System.out.println("connected from " + AddressText.hostAndPort(socket.getLocalSocketAddress())
                    + " to " + AddressText.hostAndPort(socket.getRemoteSocketAddress()) + " over "
                    + AddressText.family(socket.getRemoteSocketAddress()));
            lines.sendAll(socket.getOutputStream(), socket::shutdownOutput);
            var echoes = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String echo; (echo = echoes.readLine()) != null; ) {
                System.out.println(echo);
            }
            lines.awaitSent();
        }
    }
    // end::exchange[]
}

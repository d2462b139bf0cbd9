package sockets.ch12;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The Unix domain socket echo's client: it connects to the server's path, sends each argument
 * (or each line you type) and prints the echoes. Nothing but the address differs from TCP.
 */
public final class UnixEchoClient {

    static final String USAGE = """
            usage: ./workbook run 12 unix-client --path PATH [MESSAGE...]
              Connects to the Unix domain socket echo server at PATH, sends each MESSAGE
              (or, with none, each line you type until Ctrl-D) and prints the echoes.
              --path PATH  the socket file the server printed in its 'listening on' line
            """;

    private UnixEchoClient() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        Path path = null;
        try {
            var options = Options.parse(args, Options.Program.UNIX_CLIENT);
            path = options.unix().path().orElseThrow();
            exchange(path, new LineSource(options.messages()));
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (ConnectException e) {
            // ECONNREFUSED: the file is there, but no socket listens behind it
            System.err.println("could not connect to " + path
                    + ": connection refused, the file is stale and nothing listens there.");
            System.exit(1);
        } catch (IOException e) {
            // ENOENT: no such file; EACCES: no write permission on it, or no way in
            System.err.println("could not talk to " + path + ": "
                    + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::exchange[]
    static void exchange(Path path, LineSource lines) throws IOException {
        // socket(AF_UNIX, SOCK_STREAM, 0), then connect(2) to the path: the kernel
        // looks the file up, checks we may write to it, and queues us at its listener.
        try (var channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(path));
            System.out.println("connected from "
                    + AddressText.hostAndPort(channel.getLocalAddress())
                    + " to " + AddressText.hostAndPort(channel.getRemoteAddress()));
            lines.sendAll(Channels.newOutputStream(channel), channel::shutdownOutput);
            var echoes = new BufferedReader(new InputStreamReader(
                    Channels.newInputStream(channel), StandardCharsets.UTF_8));
            for (String echo; (echo = echoes.readLine()) != null; ) {
                System.out.println(echo);
            }
            lines.awaitSent();
        }
    }
    // end::exchange[]
}

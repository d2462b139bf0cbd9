package sockets.ch15;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * Chapter 15's demo: the TLS echo server on a thread and a client that trusts it, then every
 * way a handshake fails, each provoked once and told in the sentence our programs print.
 * Every server listens on 127.0.0.1 and stops with the demo.
 */
public final class TlsDemo {

    static final String USAGE = """
            usage: ./workbook run 15 [--host ADDRESS] [--port PORT]
              Runs the TLS echo server on a thread and a client against it, then makes the
              handshake fail in six ways and says why each failed, then stops.
              To run them yourself: ./workbook run 15 server, ./workbook run 15 client.
              --host ADDRESS  where the servers listen (default 127.0.0.1)
              --port PORT     the first server's port; 0, the default, lets the kernel pick
            """;

    private static final List<String> BOTH = List.of("TLSv1.3", "TLSv1.2");

    private TlsDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.DEMO);
            var host = options.host();
            var trusting = Keys.clientContext();
            try (var server = DemoServer.tls(Keys.Identity.LOCALHOST, new InetSocketAddress(host, options.port()), true)) {
                try (var socket = TlsEchoClient.connect(trusting, server.address(), "localhost", BOTH)) {
                    System.out.println("client: " + TlsEchoClient.agreed(socket));
                    socket.getOutputStream().write("hello over TLS\n".getBytes(StandardCharsets.UTF_8));
                    var echo = TlsEchoConnection.readLine(socket.getInputStream());
                    System.out.println("client: echo \"" + new String(echo, StandardCharsets.UTF_8) + "\"");
                }
                server.nextLine(); // accepted
                System.out.println("server: " + server.nextLine());
                System.out.println("server: " + server.nextLine());
            }
            System.out.println("and six handshakes that fail:");
            var any = new InetSocketAddress(host, 0);
            for (var identity : List.of(Keys.Identity.SELF_SIGNED, Keys.Identity.OTHER_HOST, Keys.Identity.EXPIRED)) {
                try (var server = DemoServer.tls(identity, any, false)) {
                    System.out.println("  --cert " + identity.alias() + ": "
                            + failure(trusting, server.address(), BOTH));
                }
            }
            try (var server = DemoServer.tls(Keys.Identity.LOCALHOST, any, false)) {
                System.out.println("  a TLSv1.2-only client: " + failure(trusting, server.address(), List.of("TLSv1.2")));
            }
            try (var server = DemoServer.tls(Keys.Identity.LOCALHOST, any, false);
                 var plain = new Socket(server.address().getAddress(), server.address().getPort())) {
                plain.getOutputStream().write("hello in plain text\n".getBytes(StandardCharsets.UTF_8));
                server.nextLine();
                System.out.println("  a plain-text client, at the server: " + server.nextLine());
            }
            try (var plainServer = new ServerSocket(0, 50, host)) {
                Thread.ofPlatform().daemon().start(() -> {
                    // A plain-text server that greets first, as SMTP does on port 25.
                    try (var connection = plainServer.accept()) {
                        connection.getOutputStream().write("220 plain.example ready\r\n".getBytes(StandardCharsets.US_ASCII));
                        connection.getInputStream().read();
                    } catch (IOException e) {
                        // the demo's client has gone: nothing more to say
                    }
                });
                var address = (InetSocketAddress) plainServer.getLocalSocketAddress();
                System.out.println("  a plain-text server: " + failure(trusting, address, BOTH));
            }
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the demo stopped: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    /** The sentence our client prints when its handshake fails. */
    private static String failure(SSLContext context, InetSocketAddress server,
            List<String> protocols) throws IOException {
        try (var socket = TlsEchoClient.connect(context, server, "localhost", protocols)) {
            return "connected, which it should not have";
        } catch (SSLException e) {
            return HandshakeFailure.explainToClient(e, "localhost") + ".";
        }
    }
}

package sockets.ch15;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * Chapter 06's echo server over TLS: the same loop, one client at a time, on a listener made
 * by an {@link SSLContext} instead of {@code new ServerSocket()}. Each accepted socket is an
 * {@code SSLSocket}: the server finishes the handshake, says what was agreed (or why nothing
 * was), then echoes lines until the client closes.
 */
public final class TlsEchoServer {

    static final String USAGE = """
            usage: ./workbook run 15 server [--host ADDRESS] [--port PORT] [--cert NAME] [--protocol VERSION]
              Echoes every line a TLS client sends back to it, one client at a time, until
              you stop it with Ctrl-C. The keys are made by keytool the first time.
              --host ADDRESS      where to listen (default 127.0.0.1: this machine only)
              --port PORT         the port; 0, the default, lets the kernel pick a free one
              --cert NAME         the certificate it shows: localhost (default), other-host,
                                  expired or self-signed
              --protocol VERSION  the one TLS version it takes: TLSv1.3 (default) or TLSv1.2
            """;

    /** How long a client may keep the server waiting, in the handshake or between lines. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private TlsEchoServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.SERVER);
            var context = Keys.serverContext(options.identity());
            var address = new InetSocketAddress(options.host(), options.port());
            try (var listener = listen(context, address, options.protocols())) {
                serve(listener, PATIENCE, System.out);
            }
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the server stopped: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::listen[]
    /** Binds and listens, then prints the readiness line that tests and students wait for. */
    static SSLServerSocket listen(SSLContext context, InetSocketAddress wanted,
            List<String> protocols) throws IOException {
        // An SSLServerSocket is a ServerSocket: socket(2), bind(2) and listen(2) as before.
        // What differs is what accept() returns: a socket that speaks TLS over the connection.
        var listener = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
        // TLS 1.3 alone, unless told otherwise: a client that offers no version of these
        // fails the handshake.
        listener.setEnabledProtocols(protocols.toArray(String[]::new));
        try {
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
    // end::listen[]

    /** The program's loop, as {@code BackgroundServer} runs it, on System.out. */
    static void serve(ServerSocket listener) throws IOException {
        serve(listener, PATIENCE, System.out);
    }

    // tag::serve[]
    static void serve(ServerSocket listener, Duration patience, PrintStream log)
            throws IOException {
        while (true) {
            try (var connection = listener.accept()) {
                var client = Options.hostAndPort(connection.getRemoteSocketAddress());
                log.println(client + ": accepted");
                // A read waits at most this long; the handshake, many reads, has a deadline
                // as long (converse): a client holds the server for this long, no more.
                connection.setSoTimeout((int) patience.toMillis());
                // TLS writes whole records, often two small ones back to back: Nagle's
                // algorithm (chapter 06) would hold the second for the client's delayed ACK.
                connection.setTcpNoDelay(true);
                var ending = TlsEchoConnection.converse(connection, patience,
                        agreed -> log.println(client + ": " + agreed));
                log.println(client + ": " + ending);
            }
            // close(): on an SSLSocket, alerts first (a close_notify; under TLS 1.3 a
            // user_canceled before it, unless the client closed its side first), then close(2)
        }
    }
    // end::serve[]
}

package sockets.ch15;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * The TLS echo server's client: it connects over TCP as in chapter 05, runs TLS over that
 * connection, checks that the certificate is for the name it asked for, prints what the
 * handshake agreed, then sends each message (or each line typed) and prints each echo.
 */
public final class TlsEchoClient {

    static final String USAGE = """
            usage: ./workbook run 15 client [--host ADDRESS] --port PORT [--name NAME] [--protocol VERSION] [MESSAGE...]
              Sends each MESSAGE to the TLS echo server (or, with none, each line you type
              until Ctrl-D) and prints what comes back.
              --host ADDRESS      the server's address (default 127.0.0.1)
              --port PORT         the port the server printed in its 'listening on' line
              --name NAME         the name its certificate must be for (default localhost)
              --protocol VERSION  the one TLS version to offer: TLSv1.3 or TLSv1.2
                                  (default: both, as the JDK offers)
            """;

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int READ_TIMEOUT_MILLIS = 60_000;

    private TlsEchoClient() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        InetSocketAddress server = null;
        var name = "localhost";
        try {
            var options = Options.parse(args, Options.Program.CLIENT);
            if (options.port() == 0) {
                throw new Options.BadArgument("give the server's port with --port PORT: "
                        + "the server prints it in its 'listening on' line.");
            }
            server = new InetSocketAddress(options.host(), options.port());
            name = options.name();
            try (var socket = connect(Keys.clientContext(), server, name, options.protocols())) {
                System.out.println(agreed(socket));
                var messages = options.messages().isEmpty()
                        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().toList()
                        : options.messages();
                var in = new BufferedInputStream(socket.getInputStream());
                for (var message : messages) {
                    socket.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
                    var echo = TlsEchoConnection.readLine(in);
                    if (echo == null) {
                        throw new EOFException("the server closed the connection before its echo");
                    }
                    System.out.println(new String(echo, StandardCharsets.UTF_8));
                }
            }
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (ConnectException e) {
            // ECONNREFUSED: the other kernel answered our SYN with a reset (RST)
            var refused = "connection refused".equals(Options.lower(e));
            System.err.println("could not connect to " + Options.hostAndPort(server) + ": "
                    + Options.lower(e) + (refused ? ", nothing listens there." : "."));
            System.exit(1);
        } catch (SSLException | EOFException e) {
            System.err.println("no TLS with " + Options.hostAndPort(server) + ": "
                    + HandshakeFailure.explainToClient(e, name) + ".");
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the exchange with " + Options.hostAndPort(server) + " failed: "
                    + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::connect[]
    /** A TCP connection, then TLS over it: returns once the handshake has succeeded. */
    static SSLSocket connect(SSLContext context, InetSocketAddress server, String name,
            List<String> protocols) throws IOException {
        var tcp = new Socket();
        try {
            // connect(2): the TCP handshake, exactly as in chapter 05.
            tcp.connect(server, CONNECT_TIMEOUT_MILLIS);
            tcp.setSoTimeout(READ_TIMEOUT_MILLIS);
            // The handshake is small records written back to back: with Nagle's algorithm
            // (chapter 06) each side's second one waits for a delayed ACK, about 40 ms.
            tcp.setTcpNoDelay(true);
            // TLS on top: the SSLSocket reads and writes records on the TCP socket, and
            // closing it closes the TCP socket too (autoClose, the last argument).
            var tls = (SSLSocket) context.getSocketFactory()
                    .createSocket(tcp, name, server.getPort(), true);
            var parameters = tls.getSSLParameters();
            parameters.setProtocols(protocols.toArray(String[]::new));
            // Off by default on a bare SSLSocket: then any certificate the trust store vouches
            // for would do, whatever name it is for. HTTPS clients turn it on; so do we.
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            // SNI, the name in the ClientHello: the JDK sends one only for a name with a dot.
            if (!name.matches("[0-9.]+|.*:.*")) {
                parameters.setServerNames(List.of(new SNIHostName(name)));
            }
            tls.setSSLParameters(parameters);
            // The handshake, now rather than at the first write: failures surface here.
            tls.startHandshake();
            return tls;
        } catch (IOException | RuntimeException e) {
            tcp.close();
            throw e;
        }
    }
    // end::connect[]

    // tag::agreed[]
    /** What the handshake agreed: the version, the cipher suite, whose certificate. */
    static String agreed(SSLSocket socket) throws IOException {
        var session = socket.getSession();
        var certificate = (X509Certificate) session.getPeerCertificates()[0];
        return session.getProtocol() + ", " + session.getCipherSuite() + ", "
                + certificate.getSubjectX500Principal().getName() + " certified by "
                + certificate.getIssuerX500Principal().getName();
    }
    // end::agreed[]
}

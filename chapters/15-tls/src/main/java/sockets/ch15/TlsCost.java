package sockets.ch15;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * What TLS costs, measured on loopback: the same echo loop on a plain ServerSocket and on an
 * SSLServerSocket, the time to open a connection and get a first echo, and echo round trips
 * per second on one connection. No test checks its figures: they are this machine's.
 */
public final class TlsCost {

    static final String USAGE = """
            usage: ./workbook run 15 cost [--host ADDRESS] [--port PORT]
              Runs the echo loop over plain TCP and over TLS 1.3 on this machine, and prints
              what a new connection costs and how many round trips per second each makes.
              Takes about 15 seconds.
              --host ADDRESS  where both servers listen (default 127.0.0.1)
              --port PORT     the TLS server's port; 0, the default, lets the kernel pick
            """;

    /** Each phase opens this many connections, or as many as it can in CONNECTIONS_FOR. */
    private static final int CONNECTIONS = 300;
    private static final Duration CONNECTIONS_FOR = Duration.ofSeconds(4);
    private static final Duration ROUND_TRIPS_FOR = Duration.ofSeconds(3);
    private static final byte[] LINE = ("x".repeat(99) + "\n").getBytes(StandardCharsets.US_ASCII);

    private TlsCost() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.COST);
            var tls = TlsEchoServer.listen(Keys.serverContext(Keys.Identity.LOCALHOST),
                    new InetSocketAddress(options.host(), options.port()), List.of("TLSv1.3"));
            var plain = new ServerSocket(0, 50, options.host());
            for (var listener : List.of(plain, tls)) {
                Thread.ofPlatform().daemon().start(() -> {
                    try {
                        TlsEchoServer.serve(listener, TlsEchoServer.PATIENCE, new PrintStream(OutputStream.nullOutputStream()));
                    } catch (IOException stopped) {
                        // the program ends, and the listener with it
                    }
                });
            }
            var context = Keys.clientContext();
            var plainAddress = (InetSocketAddress) plain.getLocalSocketAddress();
            var tlsAddress = (InetSocketAddress) tls.getLocalSocketAddress();
            // Warm up: class loading and the JIT make the first hundred handshakes slower.
            connect(tlsAddress, context, false);
            System.out.printf("connect and a first echo, the median of at most %d in %d s:%n",
                    CONNECTIONS, CONNECTIONS_FOR.toSeconds());
            System.out.printf("  plain TCP                         %7.3f ms%n", connect(plainAddress, null, false).millis());
            System.out.println("  TLS 1.3, full handshake           " + connect(tlsAddress, context, false));
            System.out.println("  TLS 1.3, resumed session (PSK)    " + connect(tlsAddress, context, true));
            System.out.printf("echo round trips of %d bytes on one connection, for %d s:%n",
                    LINE.length, ROUND_TRIPS_FOR.toSeconds());
            System.out.printf("  plain TCP                         %,9d per second%n", roundTripsPerSecond(plainAddress, null));
            System.out.printf("  TLS 1.3                           %,9d per second%n", roundTripsPerSecond(tlsAddress, context));
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("the measurement stopped: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    private static Socket open(InetSocketAddress server, SSLContext context) throws IOException {
        return context == null ? new Socket(server.getAddress(), server.getPort())
                : TlsEchoClient.connect(context, server, "localhost", List.of("TLSv1.3"));
    }

    /** The median time of a phase's connections, and how many of them resumed a session. */
    record Connects(double millis, int connections, int resumed) {
        @Override
        public String toString() {
            return String.format("%7.3f ms (%d of %d connections resumed)", millis, resumed, connections);
        }
    }

    // tag::handshake[]
    /** The median time to connect (and shake hands) and get one echo back, in milliseconds. */
    private static Connects connect(InetSocketAddress server, SSLContext context, boolean resume)
            throws IOException {
        var nanos = new long[CONNECTIONS];
        long end = System.nanoTime() + CONNECTIONS_FOR.toNanos();
        int count = 0;
        int resumed = 0;
        for (; count < CONNECTIONS && System.nanoTime() < end; count++) {
            long startMillis = System.currentTimeMillis();
            long start = System.nanoTime();
            try (var socket = open(server, context)) {
                roundTrip(socket.getOutputStream(), socket.getInputStream());
                nanos[count] = System.nanoTime() - start;
                if (socket instanceof SSLSocket tls) {
                    // A resumed session is a copy of the one its ticket came from, with that
                    // one's creation time (SSLSessionImpl): older than this connection.
                    resumed += tls.getSession().getCreationTime() < startMillis ? 1 : 0;
                    if (!resume) {
                        // A session the client may not resume: the next connection does the
                        // whole handshake again, key exchange and certificate check included.
                        tls.getSession().invalidate();
                    }
                }
            }
        }
        // The first third warms up: class loading, the JIT compiler, the caches.
        var measured = Arrays.stream(nanos, count / 3, count).sorted().toArray();
        return new Connects(measured[measured.length / 2] / 1e6, count, resumed);
    }
    // end::handshake[]

    private static long roundTripsPerSecond(InetSocketAddress server, SSLContext context) throws IOException {
        try (var socket = open(server, context)) {
            var out = socket.getOutputStream();
            var in = socket.getInputStream();
            long start = System.nanoTime();
            long trips = 0;
            for (; System.nanoTime() - start < ROUND_TRIPS_FOR.toNanos(); trips++) {
                roundTrip(out, in);
            }
            return Math.round(trips / ((System.nanoTime() - start) / 1e9));
        }
    }

    private static void roundTrip(OutputStream out, InputStream in) throws IOException {
        out.write(LINE);
        out.flush();
        if (in.readNBytes(LINE.length).length != LINE.length) {
            throw new IOException("the server closed the connection before its echo");
        }
    }
}

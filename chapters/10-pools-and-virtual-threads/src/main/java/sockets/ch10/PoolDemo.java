package sockets.ch10;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The pool's story in a few seconds: a server with two threads and a queue of one, and clients
 * that are served, queued, refused, dropped for idling, and finished during a graceful stop.
 * The server runs in this process; what is printed is what the clients see, in order.
 */
public final class PoolDemo {

    static final String USAGE = """
            usage: ./workbook run 10 [demo] [--host ADDRESS] [--port PORT]
              Starts the echo server with a pool of 2 threads and a queue of 1 on ADDRESS:PORT,
              then shows clients served, queued, refused, dropped when idle, and a graceful
              stop. It ends by itself after a few seconds.
            """;
    static final Limits DEMO = Limits.DEFAULT.withExecutor(Limits.Executor.POOL).withPoolSize(2)
            .withQueue(1).withIdleTimeout(Duration.ofMillis(1500)).withGrace(Duration.ofSeconds(2));

    private PoolDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args);
            if (!options.limits().equals(Limits.DEFAULT)) {
                throw new Options.BadArgument("the demo takes only --host and --port.");
            }
            var listener = EchoServer.listen(new InetSocketAddress(options.host(), options.port()));
            System.out.println("serving with " + DEMO.describe());
            // The server's own log is left out: its threads would interleave with ours.
            var server = new ExecutorServer(listener, DEMO, new PrintStream(OutputStream.nullOutputStream()));
            Thread.ofPlatform().daemon().start(server::serve);
            story(server, (InetSocketAddress) listener.getLocalSocketAddress());
        } catch (Options.BadArgument | IOException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof Options.BadArgument ? 2 : 1);
        }
    }

    // tag::story[]
    private static void story(ExecutorServer server, InetSocketAddress address)
            throws IOException {
        try (var a = new Client("A", address); var b = new Client("B", address);
             var c = new Client("C", address)) {
            a.exchange("hello from A");
            b.exchange("hello from B");
            c.send("hello from C");
            c.expectSilence("both threads are busy, C waits in the queue");
            try (var d = new Client("D", address)) {
                d.expectLine("the queue is full");
            }
            a.hangUp();
            c.expectLine("A left, its thread took C from the queue");
            b.expectLine("B said nothing for 1500 ms");
            b.hangUp();
            server.stopAccepting();
            System.out.println("stop: the listener is closed, C is still connected");
            try (var e = new Client("E", address)) {
                e.send("too late");
            } catch (ConnectException refused) {
                System.out.println("E: connect: " + refused.getMessage().toLowerCase());
            }
            c.exchange("last words");
        }
        server.awaitClients();
        System.out.println("stopped: every client left within the grace of 2000 ms");
    }
    // end::story[]

    /** A demo client: its name and its socket; it prints what it does and sees. */
    private record Client(String name, Socket socket) implements AutoCloseable {

        Client(String name, InetSocketAddress address) throws IOException {
            var socket = new Socket();
            try {
                // connect(2): the handshake; the kernel completes it, whoever accepts
                socket.connect(address, 5_000);
                socket.setSoTimeout(5_000);
            } catch (IOException e) {
                socket.close();
                throw e;
            }
            this(name, socket);
        }

        void send(String line) throws IOException {
            socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            System.out.println(name + ": sent    '" + line + "'");
        }

        void exchange(String line) throws IOException {
            send(line);
            expectLine(null);
        }

        void expectLine(String why) throws IOException {
            var line = readLine();
            System.out.println(name + ": got     " + (line == null ? "end of stream" : "'" + line + "'")
                    + (why == null ? "" : "  (" + why + ")"));
        }

        void expectSilence(String why) throws IOException {
            socket.setSoTimeout(300);
            try {
                System.out.println(name + ": got     '" + readLine() + "' (unexpected)");
            } catch (SocketTimeoutException silence) {
                System.out.println(name + ": nothing in 300 ms  (" + why + ")");
            }
            socket.setSoTimeout(5_000);
        }

        private String readLine() throws IOException {
            var line = new ByteArrayOutputStream();
            for (int b; (b = socket.getInputStream().read()) != '\n'; ) {
                if (b == -1) {
                    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
            return line.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            hangUp();
        }

        void hangUp() throws IOException {
            if (!socket.isClosed()) {
                socket.close();
                System.out.println(name + ": closed");
            }
        }
    }
}

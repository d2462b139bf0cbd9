package sockets.ch08;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chapter 08: the echo server of chapter 06 with one platform thread per connection. The
 * main thread only accepts; each client's conversation runs on a thread of its own, so a slow
 * client holds its own thread and nobody else. Past {@code --max-clients} it refuses politely.
 */
public final class ThreadedEchoServer {

    static final String USAGE = """
            usage: ./workbook run 08 server [--host ADDRESS] [--port PORT] [--max-clients N]
              Echoes every line a client sends, each client on a thread of its own,
              until you stop it with Ctrl-C.
              --host ADDRESS   where to listen (default 127.0.0.1: this machine only)
              --port PORT      the port; 0, the default, lets the kernel pick a free one
              --max-clients N  clients served at once (default 200); the next is told
                               'busy' and closed
            """;

    /**
     * The accept queue's length, listen(2)'s backlog. With 50, a burst of connects filled
     * it faster than this loop starts threads; the kernel then drops SYNs, and each client
     * so dropped waits a second for its SYN's first retransmission (chapter 03).
     */
    static final int BACKLOG = 1024;

    /** How many clients at once, and how long each may keep its thread waiting. */
    record Limits(int maxClients, Duration patience) {
        static final Duration PATIENCE = Duration.ofSeconds(30);
    }

    private ThreadedEchoServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.SERVER);
            var limits = new Limits(options.maxClients(), Limits.PATIENCE);
            try (var listener = listen(new InetSocketAddress(options.host(), options.port()))) {
                serve(listener, limits, System.out);
            }
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the server stopped: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    /** Binds and listens, then prints the readiness line that tests and students wait for. */
    static ServerSocket listen(InetSocketAddress wanted) throws IOException {
        var listener = new ServerSocket();
        try {
            // bind(2) and listen(2), with a long accept queue
            listener.bind(wanted, BACKLOG);
        } catch (IOException e) {
            listener.close();
            throw new BindException("cannot listen on " + Options.hostAndPort(wanted) + ": "
                    + Options.lower(e) + ".");
        }
        System.out.println("listening on " + Options.hostAndPort(listener.getLocalSocketAddress()));
        System.out.flush();
        return listener;
    }

    /** The program's loop with its default limits, as {@code BackgroundServer} runs it. */
    static void serve(ServerSocket listener) throws IOException {
        serve(listener, new Limits(Options.DEFAULT_MAX_CLIENTS, Limits.PATIENCE), System.out);
    }

    // tag::serve[]
    static void serve(ServerSocket listener, Limits limits, PrintStream log)
            throws IOException {
        var connected = new AtomicInteger();
        int threads = 0;
        while (true) {
            // accept(2): a new descriptor for the oldest finished handshake. A fresh
            // variable each time round: the thread below gets this socket, no other.
            var connection = listener.accept();
            if (connected.incrementAndGet() > limits.maxClients()) {
                connected.decrementAndGet();
                refuse(connection, limits.maxClients() + " clients connected", log);
                continue;
            }
            var session = new EchoSession(connection, limits.patience(), connected, log);
            try {
                // pthread_create(3), clone(2) underneath: a kernel thread with its own
                // stack. From here on the session owns the socket and closes it.
                Thread.ofPlatform().name("client-" + (++threads)).start(session);
            } catch (OutOfMemoryError noThread) {
                // "unable to create native thread": the process or the machine is out
                // of threads or memory. This client is refused; the server lives on.
                connected.decrementAndGet();
                refuse(connection, "no thread to spare", log);
            }
        }
    }
    // end::serve[]

    // tag::refuse[]
    /** Tells a client why it cannot be served, and closes its connection. */
    private static void refuse(Socket connection, String why, PrintStream log) {
        var client = Options.hostAndPort(connection.getRemoteSocketAddress());
        var line = "busy: " + why + ", try later";
        log.println(Thread.currentThread().getName() + ": refused " + client + ": " + line);
        try (connection) {
            // write(2) into an empty send buffer: it returns at once, so a refusal
            // never blocks the accepting thread, whatever the client does.
            var bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
            connection.getOutputStream().write(bytes);
        } catch (IOException e) {
            // the client left already: nothing to tell it
        }
    }
    // end::refuse[]
}

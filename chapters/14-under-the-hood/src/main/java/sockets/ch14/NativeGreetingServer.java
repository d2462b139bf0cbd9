package sockets.ch14;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Chapter 14: chapter 04's greeting server, written against the C library instead of
 * java.net. The same system calls, the same bytes on the wire, the same output; but here
 * every socket is a file descriptor, every address is a struct in memory, and every error is
 * an errno.
 */
public final class NativeGreetingServer {

    static final String USAGE = """
            usage: ./workbook run 14 server [--host ADDRESS] [--port PORT]
              Chapter 04's greeting server, calling socket, bind, listen and accept of the
              C library directly (Linux only). Stop it with Ctrl-C.
              --host ADDRESS  an IPv4 address to listen on (default 127.0.0.1: this machine only)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
            """;

    /** What java.net's ServerSocket passes to listen(2) when not told otherwise. */
    static final int BACKLOG = 50;
    /** How long one client may hold the server, whatever it does: as in chapter 04. */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private NativeGreetingServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        if (!isLinux()) {
            System.err.println("this server calls the Linux C library directly, so it runs on"
                    + " Linux (x86_64 or aarch64) only, not on " + System.getProperty("os.name")
                    + " " + System.getProperty("os.arch") + ".");
            System.exit(1);
        }
        try (var listener = listen(Options.parse(args))) {
            serve(listener, PATIENCE, Long.MAX_VALUE);
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (BindException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (ErrnoException e) {
            System.err.println("the server stopped: " + e.call() + " failed: " + e.getMessage() + ".");
            System.exit(1);
        }
    }

    static boolean isLinux() {
        return System.getProperty("os.name").equals("Linux")
                && (System.getProperty("os.arch").equals("amd64")
                        || System.getProperty("os.arch").equals("aarch64"));
    }

    /** socket, setsockopt, bind, listen, getsockname; then the readiness line. */
    static NativeSocket listen(Options options) throws ErrnoException, BindException {
        var wanted = hostAndPort(new InetSocketAddress(options.host(), options.port()));
        // tag::listen[]
        // socket(2): a new TCP socket for IPv4; the result is its file descriptor.
        var listener = new NativeSocket(Libc.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0));
        try (var arena = Arena.ofConfined()) {
            // setsockopt(2): what java.net does for every listener, so that a restarted
            // server can bind its port while old connections wait in TIME_WAIT.
            var one = arena.allocateFrom(JAVA_INT, 1);
            Libc.setsockopt(listener.fd(), Libc.SOL_SOCKET, Libc.SO_REUSEADDR, one);
            Libc.bind(listener.fd(), SockaddrIn.of(arena, options.host(), options.port()));
            Libc.listen(listener.fd(), BACKLOG);
            // getsockname(2): which port did the kernel give us? len is in and out.
            var bound = SockaddrIn.empty(arena);
            var length = arena.allocateFrom(JAVA_INT, (int) bound.byteSize());
            Libc.getsockname(listener.fd(), bound, length);
            System.out.println("listening on " + hostAndPort(SockaddrIn.read(bound)));
            System.out.flush();
        } catch (ErrnoException e) {
            listener.close();
            var why = e.getMessage();
            throw new BindException("cannot listen on " + wanted + ": " + why + ".");
        }
        // end::listen[]
        return listener;
    }

    // tag::serve[]
    /** Greets clients one at a time, as chapter 04 does, until {@code clients} are served. */
    static void serve(NativeSocket listener, Duration patience, long clients)
            throws ErrnoException {
        for (long served = 0; served < clients; served++) {
            // One arena per client: its sockaddr, length and buffers are freed with it.
            try (var arena = Arena.ofConfined()) {
                var peer = SockaddrIn.empty(arena);
                var length = arena.allocateFrom(JAVA_INT, (int) peer.byteSize());
                // accept(2) sleeps until a handshake is queued, writes the client's address
                // into peer and its size into length, and returns a new descriptor.
                var fd = Libc.accept(listener.fd(), peer, length);
                try (var connection = new NativeSocket(fd)) {
                    var local = SockaddrIn.empty(arena);
                    var localLength = arena.allocateFrom(JAVA_INT, (int) local.byteSize());
                    Libc.getsockname(connection.fd(), local, localLength);
                    var remote = hostAndPort(SockaddrIn.read(peer));
                    var ends = "local " + hostAndPort(SockaddrIn.read(local))
                            + " remote " + remote;
                    System.out.printf("%-10s %s%n", "accepted", ends);
                    Conversation.greet(connection, remote, patience, arena).ifPresent(
                            why -> System.out.printf("%-10s %s: %s%n", "dropped", ends, why));
                }
                // close(2) by try-with-resources, whatever the client did
            }
        }
    }
    // end::serve[]

    /** 127.0.0.1:54321: how the book writes an IPv4 address and port. */
    static String hostAndPort(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }
}

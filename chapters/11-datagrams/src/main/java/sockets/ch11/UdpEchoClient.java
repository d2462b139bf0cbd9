package sockets.ch11;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;

/**
 * The echo server's client: each message is one datagram, numbered, and the client waits
 * for the echo with that number. UDP may lose either datagram, so after a timeout it sends
 * the request again, waiting twice as long each time, and gives up after a few tries.
 */
public final class UdpEchoClient {

    static final String USAGE = """
            usage: ./workbook run 11 client [--host ADDRESS] --port PORT [--timeout MS] [--retries N] [MESSAGE...]
              Sends each MESSAGE (or, with none, each line you type until Ctrl-D) as one
              datagram to the echo server and prints the echo.
              --host ADDRESS  the server's address (default 127.0.0.1)
              --port PORT     the port the server printed in its 'listening on' line
              --timeout MS    how long to wait for the first reply (default 1000)
              --retries N     how many times to send a request again (default 3)
            """;

    /** The longest reply the client takes whole: the largest datagram over IPv4. */
    static final int LARGEST_DATAGRAM = 65_507;

    /** Nobody waits longer than this for one reply, however many times the wait doubled. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    /** No echo came back, after every try. */
    static final class NoReply extends IOException {
        private static final long serialVersionUID = 1L;

        NoReply(String sentence) {
            super(sentence);
        }
    }

    private UdpEchoClient() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        var server = "";
        try {
            var options = Options.parse(args, Options.Program.CLIENT);
            if (options.port() == 0) {
                throw new Options.BadArgument("give the server's port with --port PORT: "
                        + "the server prints it in its 'listening on' line.");
            }
            var address = new InetSocketAddress(options.host(), options.port());
            server = Options.hostAndPort(address);
            Iterator<String> messages = options.messages().isEmpty()
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                            .lines().iterator()
                    : options.messages().iterator();
            // tag::connect[]
            try (var socket = new DatagramSocket()) {
                // connect(2) on UDP: no packet is sent. The kernel records a default peer,
                // drops datagrams from anyone else, and reports ICMP errors to us.
                socket.connect(address);
                for (int number = 1; messages.hasNext(); number++) {
                    var text = messages.next();
                    System.out.println(request(socket, number, text, options.timeout(),
                            options.retries(), System.out));
                }
            }
            // end::connect[]
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (PortUnreachableException e) {
            System.err.println("nothing receives on " + server + ": the kernel answered "
                    + "with ICMP port unreachable.");
            System.exit(1);
        } catch (NoReply e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the exchange with " + server + " failed: "
                    + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::request[]
    /** Sends "NUMBER TEXT" until the echo of that very request comes back; returns TEXT. */
    static String request(DatagramSocket socket, int number, String text, Duration timeout,
            int retries, PrintStream log) throws IOException {
        var request = (number + " " + text).getBytes(StandardCharsets.UTF_8);
        var expected = number + " ";
        var buffer = new byte[LARGEST_DATAGRAM];
        var wait = timeout;
        var waited = Duration.ZERO;
        for (int attempt = 1; attempt <= retries + 1; attempt++) {
            // send(2) on the connected socket: to its peer, as one datagram or not at all.
            socket.send(new DatagramPacket(request, request.length));
            long deadline = System.nanoTime() + wait.toNanos();
            for (long left; (left = deadline - System.nanoTime()) > 0; ) {
                // SO_RCVTIMEO's Java form: poll(2) for at most this long before recv(2).
                socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(left).toMillis()));
                var reply = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(reply);
                } catch (SocketTimeoutException quiet) {
                    break;
                }
                var echo = new String(buffer, 0, reply.getLength(), StandardCharsets.UTF_8);
                if (echo.startsWith(expected)) {
                    return echo.substring(expected.length());
                }
                // The echo of an earlier try, late: already answered, so not an answer.
                log.println("ignored a late reply: '" + echo + "'");
            }
            waited = waited.plus(wait);
            if (attempt <= retries) {
                var next = min(wait.multipliedBy(2), LONGEST_WAIT);
                log.printf("no reply to '%s' in %d ms, sending it again"
                        + " (try %d of %d, waiting %d ms)%n",
                        text, wait.toMillis(), attempt + 1, retries + 1, next.toMillis());
                wait = next;
            }
        }
        var server = Options.hostAndPort(socket.getRemoteSocketAddress());
        var tries = retries == 0 ? "1 try" : (retries + 1) + " tries";
        throw new NoReply("no reply from " + server + " to '" + text + "' after " + tries
                + " in " + waited.toMillis() + " ms.");
    }
    // end::request[]

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

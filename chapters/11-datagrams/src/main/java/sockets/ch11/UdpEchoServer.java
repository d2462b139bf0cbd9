package sockets.ch11;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;

/**
 * Chapter 11: a UDP echo server. Every datagram goes back to whoever sent it, as it came.
 * There is no connection, so there is nothing to accept and nothing per client to keep:
 * one socket, one buffer and one loop serve every client.
 */
public final class UdpEchoServer {

    static final String USAGE = """
            usage: ./workbook run 11 server [--host ADDRESS] [--port PORT] [--drop-every N]
              Sends every datagram back to its sender, until you stop it with Ctrl-C.
              --host ADDRESS   where to receive (default 127.0.0.1: this machine only)
              --port PORT      the UDP port; 0, the default, lets the kernel pick a free one
              --drop-every N   do not answer every Nth datagram, to play a lossy network
            """;

    /**
     * More than the largest datagram IPv4 (65,507 bytes) or IPv6 (65,527) can carry: no
     * datagram is ever cut short, and this is all the memory the server holds for clients.
     */
    static final int BUFFER_BYTES = 65_536;

    private UdpEchoServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.SERVER);
            try (var channel = bind(new InetSocketAddress(options.host(), options.port()))) {
                // The house readiness line, though UDP has no listen(2): bound is ready.
                System.out.println("listening on " + Options.hostAndPort(channel.getLocalAddress()));
                System.out.flush();
                serve(channel, options.dropEvery(), System.out);
            }
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the server stopped: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::bind[]
    /** A UDP socket bound to the address: from then on the kernel queues datagrams for it. */
    static DatagramChannel bind(InetSocketAddress wanted) throws IOException {
        // socket(AF_INET6, SOCK_DGRAM, 0): a datagram socket, blocking, as a channel
        var channel = DatagramChannel.open();
        try {
            // bind(2), and that is all: no listen(2), no accept(2), no handshake
            channel.bind(wanted);
            return channel;
        } catch (IOException e) {
            channel.close();
            throw new BindException("cannot receive on " + Options.hostAndPort(wanted) + ": "
                    + Options.lower(e) + ".");
        }
    }
    // end::bind[]

    // tag::serve[]
    /** Echoes datagrams until the channel is closed; every Nth is dropped (0: none). */
    static void serve(DatagramChannel channel, int dropEvery, PrintStream log)
            throws IOException {
        // One buffer for every datagram of every client: memory that cannot grow.
        var buffer = ByteBuffer.allocate(BUFFER_BYTES);
        for (long count = 1; ; count++) {
            buffer.clear();
            // recvfrom(2): blocks until a datagram is queued, copies it whole into the
            // buffer, and says who sent it. A datagram is never half read.
            var client = channel.receive(buffer);
            buffer.flip();
            var from = Options.hostAndPort(client) + ": " + bytes(buffer.remaining());
            if (dropEvery > 0 && count % dropEvery == 0) {
                log.println(from + ", dropped (--drop-every " + dropEvery + ")");
                continue;
            }
            try {
                // sendto(2): one datagram back to the address it came from
                channel.send(buffer, client);
                log.println(from + ", echoed");
            } catch (ClosedChannelException stopped) {
                throw stopped;
            } catch (IOException e) {
                // This client only: its address is unroutable, or the reply is refused.
                log.println(from + ", not echoed: " + e.getMessage());
            }
        }
    }
    // end::serve[]

    private static String bytes(int count) {
        return count == 1 ? "1 byte" : count + " bytes";
    }
}

package sockets.ch06;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The echo server's client: it sends each argument as a message (or each line it reads on
 * stdin when there are none), half-closes, and prints every reply until the server's end of
 * stream. Sending and receiving run at once, on two threads.
 */
public final class EchoClient {

    static final String USAGE = """
            usage: ./workbook run 06 client [--host ADDRESS] --port PORT [--frames lines|length] [MESSAGE...]
              Sends each MESSAGE to the echo server (or, with none, each line you type
              until Ctrl-D) and prints what comes back.
              --host ADDRESS  the server's address (default 127.0.0.1)
              --port PORT     the port the server printed in its 'listening on' line
              --frames lines  messages end with a newline (default); length: 4-byte length
            """;

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    /** Longer than the server's patience: the server ends a conversation before we do. */
    static final int READ_TIMEOUT_MILLIS = 60_000;

    private EchoClient() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        InetSocketAddress server = null;
        try {
            var options = Options.parse(args, Options.Program.CLIENT);
            if (options.port() == 0) {
                throw new Options.BadArgument("give the server's port with --port PORT: "
                        + "the server prints it in its 'listening on' line.");
            }
            server = new InetSocketAddress(options.host(), options.port());
            var messages = options.messages().isEmpty()
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                            .lines().iterator()
                    : options.messages().iterator();
            exchange(server, options.framing(), messages,
                    reply -> System.out.println(new String(reply, StandardCharsets.UTF_8)));
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (ConnectException e) {
            // ECONNREFUSED: the other kernel answered our SYN with a reset (RST)
            var refused = "connection refused".equals(Options.lower(e));
            System.err.println("could not connect to " + Options.hostAndPort(server) + ": "
                    + Options.lower(e) + (refused ? ", nothing listens there." : "."));
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the exchange with " + Options.hostAndPort(server) + " failed: "
                    + e.getMessage() + ".");
            System.exit(1);
        }
    }

    // tag::exchange[]
    static void exchange(SocketAddress server, Framing framing, Iterator<String> messages,
            Consumer<byte[]> onReply) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(server, CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            var allSent = new AtomicBoolean();
            var sent = new AtomicInteger();
            var sendFailure = new AtomicReference<IOException>();
            // The sender has a thread of its own. A client that wrote everything before
            // reading would stall once its echoes filled both ends' buffers: the server
            // blocks writing to us while we block writing to it.
            Thread.ofPlatform().daemon().name("sender").start(() -> {
                try {
                    send(socket, framing, messages, sent);
                    allSent.set(true);
                    // shutdown(SHUT_WR) sends FIN: the server reads -1 and knows we are
                    // done, while our half of the connection stays open for its echoes.
                    socket.shutdownOutput();
                } catch (IOException e) {
                    sendFailure.set(e);
                } catch (UncheckedIOException e) {
                    sendFailure.set(e.getCause());
                }
            });
            var in = new BufferedInputStream(socket.getInputStream());
            // Replies until the server's FIN, which comes after our own.
            var replies = 0;
            for (byte[] reply; (reply = framing.read(in)) != null; replies++) {
                onReply.accept(reply);
            }
            if (!allSent.get()) {
                throw new IOException("the server closed the connection before it had "
                        + "every message" + (sendFailure.get() == null ? ""
                                : " (" + sendFailure.get().getMessage() + ")"));
            }
            // Every message can sit in the kernels' buffers before the server closes
            // without reading them: only the count of echoes tells.
            if (replies < sent.get()) {
                throw new IOException("the server closed the connection after "
                        + replies + " of " + sent.get() + " echoes");
            }
        }
    }
    // end::exchange[]

    // tag::send[]
    private static void send(Socket socket, Framing framing, Iterator<String> messages,
            AtomicInteger sent) throws IOException {
        var out = new BufferedOutputStream(socket.getOutputStream());
        while (messages.hasNext()) {
            framing.write(out, messages.next().getBytes(StandardCharsets.UTF_8));
            // flush: the bytes leave the JVM's buffer for the kernel's, and the wire.
            // Without it a message would wait for 8 KiB of others to fill the buffer.
            out.flush();
            sent.incrementAndGet();
        }
    }
    // end::send[]
}

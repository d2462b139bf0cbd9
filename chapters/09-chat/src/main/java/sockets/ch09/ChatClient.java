package sockets.ch09;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The chat client: it reads and writes at once. A second thread sends the lines you type; the
 * main thread prints what the room says as it arrives. It ends when you end your input
 * (Ctrl-D) or when the server closes the connection, whichever comes first.
 */
public final class ChatClient {

    static final String USAGE = """
            usage: ./workbook run 09 client [--host ADDRESS] --port PORT
              Joins the chat server's room: each line you type goes to everyone else, and
              what they say appears as it comes. End with Ctrl-D (Ctrl-Z on Windows).
              --host ADDRESS  the server's address (default 127.0.0.1)
              --port PORT     the port the server printed in its 'listening on' line
            """;

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    /** The server's limit; a longer line is not sent, or the server would drop us. */
    static final int MAX_LINE = ChatServer.Limits.DEFAULT.maxLine();

    private ChatClient() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        InetSocketAddress server = null;
        try {
            var options = Options.parse(args);
            if (options.port() == 0) {
                throw new Options.BadArgument("give the server's port with --port PORT: "
                        + "the server prints it in its 'listening on' line.");
            }
            server = options.address();
            chat(server, System.in, System.out);
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (ConnectException e) {
            // ECONNREFUSED: the other kernel answered the handshake with a reset (RST)
            var refused = "connection refused".equals(Options.lower(e));
            System.err.println("could not connect to " + Options.hostAndPort(server) + ": "
                    + Options.lower(e) + (refused ? ", nothing listens there." : "."));
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the chat with " + Options.hostAndPort(server) + " ended: "
                    + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    // tag::chat[]
    static void chat(InetSocketAddress server, InputStream keyboard, PrintStream screen)
            throws IOException {
        try (var socket = new Socket()) {
            // connect(2), at most 5 s for the handshake
            socket.connect(server, CONNECT_TIMEOUT_MILLIS);
            var youEnded = new AtomicBoolean();
            // A daemon thread: a read of the keyboard cannot be interrupted, so this one
            // is left behind when the server ends the chat, and the JVM exits anyway.
            Thread.ofPlatform().daemon().name("keyboard")
                    .start(() -> type(keyboard, socket, youEnded));
            // This thread prints whatever the room sends, as it arrives: each read(2)
            // returns what is there, a line, several or part of one.
            var in = socket.getInputStream();
            var buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
                screen.write(buffer, 0, n);
                screen.flush();
            }
            if (!youEnded.get()) {
                screen.println("* the server closed the connection");
            }
        }
    }
    // end::chat[]

    // tag::type[]
    private static void type(InputStream keyboard, Socket socket, AtomicBoolean youEnded) {
        var reader = new InputStreamReader(keyboard, StandardCharsets.UTF_8);
        var lines = new BufferedReader(reader);
        try {
            var out = socket.getOutputStream();
            for (String line; (line = lines.readLine()) != null; ) {
                var bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
                if (bytes.length - 1 > MAX_LINE) {
                    System.err.println("* not sent: a line may have at most "
                            + MAX_LINE + " bytes");
                    continue;
                }
                // write(2) of the whole line, unbuffered: it leaves at once.
                out.write(bytes);
            }
            // End of input: shutdown(SHUT_WR) sends our FIN. The server takes us out of
            // the room and closes, and the main thread's read(2) then returns 0.
            youEnded.set(true);
            socket.shutdownOutput();
        } catch (IOException e) {
            // The socket is closed: the main thread is ending the chat.
        }
    }
    // end::type[]
}

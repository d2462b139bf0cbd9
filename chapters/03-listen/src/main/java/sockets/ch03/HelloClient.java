package sockets.ch03;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * The client for {@link AcceptOnEnterServer}: it connects, sends one line, and waits until the
 * server has accepted and closed the connection. Run a few of them against the server and watch
 * them connect although nobody accepted them yet.
 */
public final class HelloClient {

    static final String USAGE = """
            usage: ./workbook run 03 client [--host ADDRESS] --port PORT
              Connects to ADDRESS:PORT, sends one line and waits until the server closes
              the connection (after it has accepted it), for at most 5 minutes.
              --host ADDRESS  the server's address (default 127.0.0.1)
              --port PORT     the port the server printed in 'listening on HOST:PORT'
            """;

    // Long enough for a loopback handshake, short enough to see a full queue stall it.
    static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    // The client waits for a person to press Enter at the server: patient, but bounded.
    static final int WAIT_FOR_CLOSE_MILLIS = 300_000;

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args, Options.Program.CLIENT);
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        var server = Options.hostAndPort(options.address());
        // tag::client[]
        try (var socket = new Socket()) {
            // connect(2): it returns when the server's kernel has queued the connection
            socket.connect(options.address(), CONNECT_TIMEOUT_MILLIS);
            var line = "hello from " + Options.hostAndPort(socket.getLocalSocketAddress());
            socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            System.out.printf("connected to %s and sent \"%s\"; waiting to be accepted%n",
                    server, line);
            socket.setSoTimeout(WAIT_FOR_CLOSE_MILLIS);
            // read(2) returns 0 (end of stream) once the server has accepted and closed
            while (socket.getInputStream().read() != -1) {
                // the server of this chapter sends nothing; anything else is skipped
            }
            System.out.println("the server accepted the connection and closed it");
        // end::client[]
        } catch (SocketTimeoutException e) {
            System.err.println(timeoutSentence(server, e));
            System.exit(1);
        } catch (ConnectException e) {
            // ECONNREFUSED: nothing listens there (or, on Windows, its accept queue is full)
            System.err.println("nothing listens on " + server + " (connection refused).");
            System.exit(1);
        } catch (SocketException e) {
            System.err.println(String.valueOf(e.getMessage()).contains("reset")
                    ? "the server reset the connection to " + server + "."
                    : "the connection to " + server + " failed: " + e.getMessage() + ".");
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the connection to " + server + " failed: " + e.getMessage() + ".");
            System.exit(1);
        }
    }

    private static String timeoutSentence(String server, SocketTimeoutException e) {
        return "Connect timed out".equals(e.getMessage())
                ? "the connect to " + server + " timed out after " + CONNECT_TIMEOUT_MILLIS
                        + " ms: the server's accept queue may be full."
                : "the server at " + server + " did not close the connection within "
                        + WAIT_FOR_CLOSE_MILLIS / 60_000 + " minutes.";
    }
}

package sockets.ch03;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

/**
 * A listener that calls accept() only when you press Enter, so that you can watch its accept
 * queue fill (with {@code ss -ltn}) while clients connect. Each Enter accepts the oldest queued
 * connection, reads the first line that client sent, and closes it. End of input (Ctrl-D) closes
 * the listener, and the kernel resets every connection still queued.
 */
public final class AcceptOnEnterServer {

    static final String USAGE = """
            usage: ./workbook run 03 server [--host ADDRESS] [--port PORT] [--backlog N]
              Listens with a backlog of N and calls accept() once each time you press Enter:
              it reads the first line the accepted client sent and closes it. Ctrl-D stops.
              --host ADDRESS  where to listen (default 127.0.0.1)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
              --backlog N     the backlog given to listen(2), from 1 to 128 (default 2)
            """;

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args, Options.Program.SERVER);
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // tag::listen[]
        try (var listener = new ServerSocket()) {
            // bind(2) and listen(fd, backlog): from here on the kernel queues connections
            listener.bind(options.address(), options.backlog());
            var address = Options.hostAndPort(listener.getLocalSocketAddress());
            System.out.println("listening on " + address);
            System.out.println("press Enter to accept() one connection, Ctrl-D to stop");
            System.out.flush();
            var keyboard = new InputStreamReader(System.in, StandardCharsets.UTF_8);
            serve(listener, new BufferedReader(keyboard));
        // end::listen[]
        } catch (BindException e) {
            System.err.println(Options.bindFailure(options.address(), e));
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the server stopped: " + e.getMessage() + ".");
            System.exit(1);
        }
    }

    /** The serving loop: one accept() per line of input, until the input ends. */
    static void serve(ServerSocket listener, BufferedReader keyboard) throws IOException {
        // tag::serve[]
        while (keyboard.readLine() != null) {
            // accept(2) blocks until a connection is queued, then takes the oldest one
            var connection = listener.accept();
            var peer = Options.hostAndPort(connection.getRemoteSocketAddress());
            try (connection) {
                var sent = FirstLine.describe(connection);
                System.out.println("accepted " + peer + ", which sent " + sent);
            } catch (IOException e) {
                // ECONNRESET (it gave up while queued) ends this client only
                System.out.println("accepted " + peer + ", which failed: " + e.getMessage());
            }
        }
        // end::serve[]
        System.out.println("end of input: closing the listener resets the connections still queued");
    }
}

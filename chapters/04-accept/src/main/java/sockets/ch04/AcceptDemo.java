package sockets.ch04;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;

/**
 * Chapter 04's demo: the greeting server on a thread and three clients, one after another,
 * in one process. It shows the listening socket and each connection from both ends, then
 * closes the listener, which stops the server, and exits.
 */
public final class AcceptDemo {

    static final String USAGE = """
            usage: ./workbook run 04 [--host ADDRESS] [--port PORT]
              Runs the greeting server on a thread, connects three clients in turn and
              shows each connection from both ends, then stops. To run the server and
              the client yourself: ./workbook run 04 server, ./workbook run 04 client.
              --host ADDRESS  where the server listens (default 127.0.0.1)
              --port PORT     its port; 0, the default, lets the kernel pick a free one
            """;

    static final int CLIENTS = 3;

    private AcceptDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try (var listener = GreetingServer.listen(Options.parse(args))) {
            demonstrate(listener);
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the demo failed: " + Options.lower(e) + ".");
            System.exit(1);
        } catch (InterruptedException e) {
            System.err.println("the demo was interrupted.");
            System.exit(1);
        }
    }

    static void demonstrate(ServerSocket listener) throws IOException, InterruptedException {
        // A listening socket has a local address and no remote one: it never connects.
        System.out.printf("%-10s local %s remote (none)%n", "listener",
                Options.hostAndPort(listener.getLocalSocketAddress()));
        // tag::demo[]
        var server = Thread.ofPlatform().name("greeting-server")
                .start(() -> serveUntilClosed(listener));
        for (int i = 1; i <= CLIENTS; i++) {
            var greeting = GreetingClient.fetch(listener.getLocalSocketAddress());
            System.out.printf("%-10s local %s remote %s: read \"%s\"%n", "client " + i,
                    Options.hostAndPort(greeting.local()),
                    Options.hostAndPort(greeting.remote()), greeting.line());
        }
        // close(2) on the listener: the server's accept() fails, and its loop ends.
        listener.close();
        server.join();
        // end::demo[]
        System.out.println("the listener is closed, so the server stopped after "
                + CLIENTS + " clients.");
    }

    private static void serveUntilClosed(ServerSocket listener) {
        try {
            GreetingServer.serve(listener);
        } catch (IOException e) {
            if (!listener.isClosed()) {
                System.err.println("the server failed: " + Options.lower(e) + ".");
            }
        }
    }
}

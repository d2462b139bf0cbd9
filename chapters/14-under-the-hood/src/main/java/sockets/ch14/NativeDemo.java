package sockets.ch14;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Chapter 14's demonstration, the twin of chapter 04's: the server whose socket, bind, listen
 * and accept are calls into the C library runs on a thread, and three clients of plain
 * java.net connect to it in turn. The bytes on the wire do not show which API made them.
 */
public final class NativeDemo {

    static final String USAGE = """
            usage: ./workbook run 14 [--host ADDRESS] [--port PORT]
              Runs the libc greeting server on a thread, connects three java.net clients
              in turn, prints what each end sees, and stops (Linux only).
              --host ADDRESS  an IPv4 address to listen on (default 127.0.0.1: this machine only)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
            """;

    static final int CLIENTS = 3;

    private NativeDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        if (!NativeGreetingServer.isLinux()) {
            System.err.println("this demo calls the Linux C library directly, so it runs on"
                    + " Linux (x86_64 or aarch64) only, not on " + System.getProperty("os.name") + ".");
            System.exit(1);
        }
        try (var listener = NativeGreetingServer.listen(Options.parse(args))) {
            var address = listener.localAddress();
            // The C server serves exactly CLIENTS connections on its thread, then returns.
            var server = Thread.ofPlatform().name("libc-server").start(() -> {
                try {
                    NativeGreetingServer.serve(listener, NativeGreetingServer.PATIENCE, CLIENTS);
                } catch (ErrnoException e) {
                    System.out.println("the server stopped: " + e.call() + " failed: " + e.getMessage());
                }
            });
            for (int n = 1; n <= CLIENTS; n++) {
                greetedClient(n, address);
            }
            server.join();
            System.out.println("the server served " + CLIENTS + " clients and returned; "
                    + "close(2) now closes its listener.");
        } catch (Options.BadArgument e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (BindException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("the demo failed: " + e.getMessage() + ".");
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // One client of java.net: connect, read the greeting, and hang up first, as chapter 04's
    // server waits for the client to close before it closes its end.
    private static void greetedClient(int n, InetSocketAddress server) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(server, (int) Duration.ofSeconds(5).toMillis());
            socket.setSoTimeout((int) Duration.ofSeconds(5).toMillis());
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            var greeting = in.readLine();
            System.out.printf("%-10s local %s remote %s: read \"%s\"%n", "client " + n,
                    NativeGreetingServer.hostAndPort((InetSocketAddress) socket.getLocalSocketAddress()),
                    NativeGreetingServer.hostAndPort(server), greeting);
        }
    }
}

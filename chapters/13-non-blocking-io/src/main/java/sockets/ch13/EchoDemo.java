package sockets.ch13;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * Chapter 13's demo: the selector server on one thread, and clients against it, ten of them
 * at once and one that reads late; then it stops the server and says what its thread did.
 */
public final class EchoDemo {

    static final String USAGE = """
            usage: ./workbook run 13 [--host ADDRESS] [--port PORT]
              Runs the selector echo server on one thread and clients against it, then stops.
              To run them yourself: ./workbook run 13 server, ./workbook run 13 client.
              --host ADDRESS  where the server listens (default 127.0.0.1)
              --port PORT     its port; 0, the default, lets the kernel pick a free one
            """;

    private EchoDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.DEMO);
            var address = new InetSocketAddress(options.host(), options.port());
            try (var listener = SelectorServer.listen(address)) {
                demonstrate(listener);
            }
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException | InterruptedException e) {
            System.err.println("the demo failed: " + e.getMessage() + ".");
            System.exit(1);
        }
    }

    static void demonstrate(ServerSocketChannel listener) throws IOException, InterruptedException {
        // The server's log is left out, but for the moment it stops reading a client.
        var stoppedReading = new CountDownLatch(1);
        var log = new PrintStream(OutputStream.nullOutputStream()) {
            @Override
            public void println(String line) {
                if (line.contains("stopped reading")) {
                    stoppedReading.countDown();
                }
            }
        };
        var loop = new EventLoop(listener, SelectorServer.Limits.DEFAULT, log);
        var server = Thread.ofPlatform().name("event-loop").start(() -> {
            try {
                loop.run();
            } catch (IOException e) {
                System.err.println("the event loop failed: " + e.getMessage() + ".");
            }
        });
        var address = listener.getLocalAddress();
        // tag::demo[]
        System.out.printf("%-36s %s%n", DemoClients.AT_ONCE + " clients at once, 3 lines each:",
                DemoClients.allAtOnce(address));
        var bytes = "one byte at a time\n".split("");
        show("one line in " + bytes.length + " one-byte writes",
                DemoClients.writeEach(address, bytes));
        show("two lines in one write", DemoClients.writeEach(address, "hello\nworld\n"));
        show("a line of 2000 bytes", DemoClients.writeEach(address, "y".repeat(2000) + "\n"));
        System.out.printf("%-36s %s%n", "8 MiB from a client that reads late:",
                DemoClients.readLate(address, stoppedReading));
        // end::demo[]
        loop.stop();
        server.join();
        var counts = loop.counts();
        System.out.println("the server ran on " + counts.threads().size() + " thread "
                + counts.threads() + ": " + counts.accepted + " connections, at most "
                + counts.mostOpen + " at once");
        System.out.println("writes that took part of their bytes: " + counts.partialWrites
                + "; times it stopped reading a client: " + counts.readingStopped);
        System.out.println("the listener is closed, so the event loop stopped.");
    }

    private static void show(String what, List<String> echoes) {
        System.out.printf("%-36s %s%n", what + ":", echoes.stream()
                .map(e -> '"' + e + '"').collect(Collectors.joining(" ")));
    }
}

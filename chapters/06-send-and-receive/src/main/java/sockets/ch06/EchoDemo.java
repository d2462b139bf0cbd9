package sockets.ch06;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Chapter 06's demo: the echo server on a thread, and clients that cut their bytes in
 * different ways; every message comes back whole. Then it closes the listener and exits.
 */
public final class EchoDemo {

    static final String USAGE = """
            usage: ./workbook run 06 [--host ADDRESS] [--port PORT]
              Runs the echo server on a thread and five clients against it, then stops.
              To run them yourself: ./workbook run 06 server, ./workbook run 06 client.
              --host ADDRESS  where the server listens (default 127.0.0.1)
              --port PORT     its port; 0, the default, lets the kernel pick a free one
            """;

    private static final LineFraming LINES = new LineFraming(LineFraming.MAX_LINE);

    private EchoDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.DEMO);
            try (var listener = EchoServer.listen(new InetSocketAddress(options.host(), options.port()))) {
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

    static void demonstrate(ServerSocket listener) throws IOException, InterruptedException {
        // The server's own log is left out: its lines would interleave with the clients'.
        var quiet = new PrintStream(OutputStream.nullOutputStream());
        var server = Thread.ofPlatform().name("echo-server").start(() -> {
            try {
                EchoServer.serve(listener, LINES, EchoServer.PATIENCE, EchoConnection.LINGER,
                        quiet);
            } catch (IOException closedByTheDemo) {
                // close(2) on the listener ends accept(): the way this demo stops it
            }
        });
        var address = listener.getLocalSocketAddress();
        // tag::demo[]
        show("two lines, one write", writeEach(address, "hello\nworld\n"));
        var bytes = "one byte at a time\n".split("");
        show("one byte per write, " + bytes.length + " writes", writeEach(address, bytes));
        show("an empty line, then 'end'", writeEach(address, "\nend\n"));
        // 1024 lines of 1023 bytes and a newline: 1 MiB
        var big = IntStream.range(0, 1024)
                .mapToObj(i -> "%04d".formatted(i) + "x".repeat(1019)).toList();
        var echoes = new ArrayList<String>();
        EchoClient.exchange(address, LINES, big.iterator(), r -> echoes.add(text(r)));
        System.out.printf("%-34s %d lines back, %s%n", "1 MiB in 1024 lines:",
                echoes.size(), echoes.equals(big) ? "every one as it was sent" : "NOT as sent");
        show("a line of 2000 bytes", writeEach(address, "y".repeat(2000) + "\n"));
        // end::demo[]
        listener.close();
        server.join();
        System.out.println("the listener is closed, so the server stopped.");
    }

    // tag::write-each[]
    /** Writes each piece with its own write(2), half-closes, and reads every echo. */
    static List<String> writeEach(SocketAddress server, String... pieces)
            throws IOException {
        try (var socket = new Socket()) {
            socket.connect(server, EchoClient.CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(EchoClient.READ_TIMEOUT_MILLIS);
            // Nagle's algorithm off: each small write leaves at once, in its own segment.
            socket.setTcpNoDelay(true);
            var out = socket.getOutputStream();
            for (var piece : pieces) {
                // No buffer in between: one write(2) per piece.
                out.write(piece.getBytes(StandardCharsets.UTF_8));
            }
            socket.shutdownOutput();
            var in = new BufferedInputStream(socket.getInputStream());
            var echoes = new ArrayList<String>();
            for (byte[] echo; (echo = LINES.read(in)) != null; ) {
                echoes.add(text(echo));
            }
            return echoes;
        }
    }
    // end::write-each[]

    private static void show(String what, List<String> echoes) {
        System.out.printf("%-34s %s%n", what + ":", echoes.stream()
                .map(e -> '"' + e + '"').collect(Collectors.joining(" ")));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

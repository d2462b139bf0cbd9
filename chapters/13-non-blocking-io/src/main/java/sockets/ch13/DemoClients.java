package sockets.ch13;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The demo's clients: plain blocking sockets, each on a thread of its own. */
final class DemoClients {

    static final int AT_ONCE = 10;

    private DemoClients() {
    }

    // tag::ten[]
    /** Connects every client before any sends: the server then has them all open at once. */
    static String allAtOnce(SocketAddress server) throws InterruptedException {
        var allConnected = new CountDownLatch(AT_ONCE);
        var allAnswered = new CountDownLatch(AT_ONCE);
        var right = new ArrayList<CompletableFuture<Boolean>>();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < AT_ONCE; c++) {
                var lines = List.of("client " + c + " line 1", "line 2", "line 3");
                right.add(CompletableFuture.supplyAsync(() -> {
                    try (var socket = new Socket()) {
                        socket.connect(server, EchoClient.CONNECT_TIMEOUT_MILLIS);
                        socket.setSoTimeout(EchoClient.READ_TIMEOUT_MILLIS);
                        allConnected.countDown();
                        allConnected.await();
                        socket.getOutputStream().write(String.join("\n", lines).concat("\n")
                                .getBytes(StandardCharsets.UTF_8));
                        var in = new BufferedInputStream(socket.getInputStream());
                        var echoes = List.of(EchoClient.readLine(in), EchoClient.readLine(in),
                                EchoClient.readLine(in));
                        allAnswered.countDown();
                        allAnswered.await();
                        return echoes.equals(lines);
                    } catch (IOException | InterruptedException e) {
                        return false;
                    }
                }, clients));
            }
        }
        long good = right.stream().filter(CompletableFuture::join).count();
        return good * 3 + " lines back" + (good == AT_ONCE ? ", each to its sender" : "");
    }
    // end::ten[]

    /** Writes each piece with its own write(2), half-closes, and reads every echo. */
    static List<String> writeEach(SocketAddress server, String... pieces) throws IOException {
        return exchange(server, new CountDownLatch(0), pieces);
    }

    // tag::late[]
    /** Sends 8 MiB of lines, and reads the echoes only once the server stopped reading. */
    static String readLate(SocketAddress server, CountDownLatch stoppedReading)
            throws IOException {
        // 8192 lines of 1023 bytes and a newline, each numbered
        var lines = IntStream.range(0, 8192)
                .mapToObj(i -> "%04d%s".formatted(i, "x".repeat(1019)))
                .collect(Collectors.joining("\n", "", "\n"));
        var echoed = String.join("\n", exchange(server, stoppedReading, lines)) + "\n";
        return echoed.equals(lines) ? "8192 lines back, as they were sent" : "NOT as sent";
    }
    // end::late[]

    /** Sends on a thread of its own; reads, once {@code readWhen} opens, to the end. */
    private static List<String> exchange(SocketAddress server, CountDownLatch readWhen,
            String... pieces) throws IOException {
        try (var socket = new Socket()) {
            // A small receive buffer, set before connect(2): the echoes soon fill it.
            socket.setReceiveBufferSize(16 * 1024);
            socket.connect(server, EchoClient.CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(EchoClient.READ_TIMEOUT_MILLIS);
            // Nagle's algorithm off: each small write leaves at once, in its own segment.
            socket.setTcpNoDelay(true);
            var sender = Thread.ofVirtual().start(() -> {
                try {
                    for (var piece : pieces) {
                        socket.getOutputStream().write(piece.getBytes(StandardCharsets.UTF_8));
                    }
                    socket.shutdownOutput();
                } catch (IOException e) {
                    // the server closed first, after an error line: the echoes say so
                } finally {
                    // Read once the server stops reading us, or once we have sent it all.
                    readWhen.countDown();
                }
            });
            readWhen.await();
            var in = new BufferedInputStream(socket.getInputStream());
            var echoes = new ArrayList<String>();
            for (String echo; (echo = EchoClient.readLine(in)) != null; ) {
                echoes.add(echo);
            }
            sender.join();
            return echoes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}

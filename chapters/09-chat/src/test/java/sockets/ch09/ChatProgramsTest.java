package sockets.ch09;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.LoopbackPorts;
import sockets.testkit.Peer;
import sockets.testkit.ProcessUsage;
import sockets.testkit.Programs;
import sockets.testkit.RunningProgram;
import sockets.testkit.Transcript;

/** The real {@code server} and {@code client} programs in child JVMs, as a student starts them. */
@Timeout(40)
class ChatProgramsTest {

    private static String name(Peer peer) {
        return "127.0.0.1:" + peer.socket().getLocalPort();
    }

    @Test
    void the_server_and_the_client_print_what_the_book_shows() {
        try (var server = JavaProgram.start(ChatServer.class)) {
            var port = server.awaitListening().getPort();
            try (var first = Peer.connect(port)) {
                first.readLine();
                try (var client = JavaProgram.start(ChatClient.class, "--port", String.valueOf(port))) {
                    client.awaitLine("* welcome");
                    var joined = first.readLine();
                    first.sendLine("hello from the second terminal");
                    client.awaitLine("hello from the second terminal");
                    // What you type goes to the others, and is not printed back to you.
                    client.writeLine("hi from the third");
                    var clientsName = joined.substring(2, joined.indexOf(' ', 2));
                    assertEquals("[" + clientsName + "] hi from the third", first.readLine());
                    // Ctrl-D: the client half-closes, the server closes, the client exits.
                    client.closeStdin();
                    var result = client.awaitExit(Duration.ofSeconds(10));
                    assertEquals(0, result.exitCode(), result::toString);
                    Transcript.load("client.txt").assertMatches(result.stdout());
                    assertEquals("* " + clientsName + " left", first.readLine());
                }
            }
            server.awaitLine("left; 0 in the room");
            Transcript.load("server.txt").assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void a_port_where_nothing_listens_is_reported_as_the_book_shows() throws IOException {
        var transcript = Transcript.load("refused.txt");
        // Bound, then closed: the kernel now answers a SYN to this port with a reset (RST).
        int closedPort = LoopbackPorts.closed();
        var args = new ArrayList<>(transcript.arguments(Programs.ofThisChapter()));
        args.set(args.indexOf("--port") + 1, String.valueOf(closedPort));
        var result = JavaProgram.run(ChatClient.class, args.toArray(String[]::new));
        result.assertUserError();
        assertEquals(1, result.exitCode(), "a network failure exits with 1");
        transcript.assertMatches(result.stderr());
    }

    @Test
    void the_client_says_so_when_the_server_closes_the_connection() throws IOException {
        try (var listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (var client = JavaProgram.start(ChatClient.class, "--port", String.valueOf(listener.getLocalPort()));
                 var server = Peer.of(listener.accept())) {
                server.sendLine("* welcome");
                server.close();
                var result = client.awaitExit(Duration.ofSeconds(10));
                assertEquals(0, result.exitCode(), result::toString);
                assertEquals("* welcome\n* the server closed the connection\n", result.stdout());
            }
        }
    }

    @Test
    void the_client_does_not_send_a_line_longer_than_the_servers_limit() throws IOException {
        try (var listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (var client = JavaProgram.start(ChatClient.class, "--port", String.valueOf(listener.getLocalPort()));
                 var server = Peer.of(listener.accept())) {
                client.writeLine("z".repeat(ChatClient.MAX_LINE + 1));
                client.writeLine("short");
                assertEquals("short", server.readLine(), "the long line was kept back, the next one sent");
                client.closeStdin();
                assertEquals(null, server.readLine(), "end of input is the client's FIN");
            }
        }
    }

    /**
     * Clients leaving in every way; the keeper hears each leave, so the server is done with it.
     * A line the keeper waits for in vain fails with the server's log and its threads, which
     * say how far the server got and where it waits.
     */
    private static void badClientsComeAndGo(int port, Peer keeper, RunningProgram server) {
        try {
            badClientsComeAndGo(port, keeper);
        } catch (UncheckedIOException e) {
            throw new AssertionError("a line did not come (" + e.getCause() + "); the server's log:\n"
                    + String.join("\n", server.stdoutSoFar()) + "\nits threads:\n" + server.threadDump(), e);
        }
    }

    private static void badClientsComeAndGo(int port, Peer keeper) {
        var clean = Peer.connect(port);
        clean.readLine();
        keeper.readLine();
        clean.close();
        assertEquals("* " + name(clean) + " left", keeper.readLine());

        var reset = Peer.connect(port);
        reset.readLine();
        keeper.readLine();
        reset.reset();
        assertEquals("* " + name(reset) + " left (connection reset)", keeper.readLine());

        var vanished = Peer.connect(port);
        vanished.readLine();
        keeper.readLine();
        vanished.send("half a li");
        vanished.reset();
        assertEquals("* " + name(vanished) + " left (connection reset)", keeper.readLine());

        var flooder = Peer.connect(port);
        flooder.readLine();
        keeper.readLine();
        flooder.send(new byte[4096]);
        assertEquals("* " + name(flooder) + " left (a line was longer than 1024 bytes)", keeper.readLine());
        flooder.close();

        var garbage = Peer.connect(port);
        garbage.readLine();
        keeper.readLine();
        garbage.send(new byte[] {(byte) 0xff, (byte) 0xfe, 0x1b, 0x00, '\n'});
        assertEquals("[" + name(garbage) + "] \ufffd\ufffd??", keeper.readLine());
        garbage.close();
        assertEquals("* " + name(garbage) + " left", keeper.readLine());
    }

    @Test
    void clients_that_leave_in_every_way_leave_no_socket_or_thread_behind() throws IOException {
        try (var server = JavaProgram.start(ChatServer.class)) {
            var port = server.awaitListening().getPort();
            var usage = ProcessUsage.of(server.pid());
            try (var keeper = Peer.connect(port)) {
                keeper.readLine();
                // One round first: the JDK opens what it opens once per process.
                badClientsComeAndGo(port, keeper, server);
                var descriptors = awaitSettled(usage::descriptors);
                for (int round = 0; round < 3; round++) {
                    badClientsComeAndGo(port, keeper, server);
                }
                // Every leave was announced after its socket was closed, so the count is exact.
                assertEquals(descriptors, usage.descriptors(), "descriptors held by the server");
                // The keeper's reader and writer, nothing else; a thread ends just after its last
                // line of work, so this waits (at most 10 s) for the count to come down.
                assertEquals(2, awaitValue(() -> usage.threadsNamed("chat-"), 2), "chat threads left in the server");
            }
        }
    }

    private static long awaitValue(LongSupplier value, long wanted) {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long now = value.getAsLong();
        while (now != wanted && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            now = value.getAsLong();
        }
        return now;
    }

    private static long awaitSettled(LongSupplier value) {
        var seen = new ArrayList<Long>(List.of(value.getAsLong()));
        var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline && (seen.size() < 3 || !seen.subList(seen.size() - 3, seen.size())
                .stream().distinct().toList().equals(List.of(seen.getLast())))) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            seen.add(value.getAsLong());
        }
        return seen.getLast();
    }
}

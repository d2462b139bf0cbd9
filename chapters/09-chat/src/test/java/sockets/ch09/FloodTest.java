package sockets.ch09;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;

/**
 * Flood control: one client writes 8 MB as fast as loopback allows, three read as fast as they
 * can, one never reads. The writer is slowed down, not dropped; the readers keep their place;
 * only the client that never reads is dropped; and the room holds a bounded number of lines.
 */
@Timeout(40)
class FloodTest {

    private static final int LINE_BYTES = 500;
    private static final int FLOOD_LINES = 8 * 1024 * 1024 / LINE_BYTES;
    private static final int READERS = 3;
    /** A stall shorter than the default 5 s keeps the test short; the policy is the same. */
    private static final ChatServer.Limits LIMITS = new ChatServer.Limits(100, 1024, 100, Duration.ofSeconds(2),
            Duration.ofMinutes(1));

    /** Line i of the flood: its number, then padding, 500 bytes with its newline. */
    private static String floodLine(int i) {
        var number = "%06d ".formatted(i);
        return number + "x".repeat(LINE_BYTES - 1 - number.length());
    }

    private record Client(Socket socket, BufferedReader in, String name) implements AutoCloseable {
        static Client join(InetSocketAddress server) throws IOException {
            var socket = new Socket();
            socket.connect(server, 5_000);
            socket.setSoTimeout(30_000);
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            var name = "127.0.0.1:" + socket.getLocalPort();
            var welcome = in.readLine();
            assertTrue(welcome.startsWith("* welcome, " + name), welcome);
            return new Client(socket, in, name);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** What one reader saw: flood lines in order, the notices, and whether the last line came. */
    private record Reading(int floodLines, List<String> notices, boolean gotTheLastLine) {
    }

    @Test
    void a_flooding_sender_is_slowed_and_only_the_client_that_never_reads_is_dropped() throws Exception {
        var room = new ChatRoom(new PrintStream(OutputStream.nullOutputStream()));
        var clients = new ArrayList<Client>();
        try (var server = BackgroundServer.start(l -> ChatServer.serve(l, LIMITS, room, Thread.ofPlatform().factory()))) {
            var neverReads = Client.join(server.address());
            clients.add(neverReads);
            var sender = Client.join(server.address());
            clients.add(sender);
            var readings = new ArrayList<CompletableFuture<Reading>>();
            var problem = new AtomicReference<String>();
            for (int r = 0; r < READERS; r++) {
                var reader = Client.join(server.address());
                clients.add(reader);
                readings.add(CompletableFuture.supplyAsync(() -> read(reader, sender.name(), problem),
                        command -> Thread.ofPlatform().daemon().start(command)));
            }

            // The flood, in writes of 64 lines (32,000 bytes). Each write(2) blocks while the
            // server reads nothing from us: that is the back-pressure.
            var out = sender.socket().getOutputStream();
            var start = System.nanoTime();
            int mostQueued = 0;
            for (int first = 1; first <= FLOOD_LINES; first += 64) {
                var chunk = new StringBuilder();
                for (int i = first; i < first + 64 && i <= FLOOD_LINES; i++) {
                    chunk.append(floodLine(i)).append('\n');
                }
                out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                mostQueued = Math.max(mostQueued, room.queued());
            }
            out.write("the flood is over\n".getBytes(StandardCharsets.UTF_8));

            var dropped = "* " + neverReads.name() + " was too slow and was dropped";
            for (var reading : readings) {
                var seen = reading.get(30, TimeUnit.SECONDS);
                assertNull(problem.get());
                assertTrue(seen.gotTheLastLine(), "every reader got the line written after the flood");
                assertEquals(FLOOD_LINES, seen.floodLines(), "every reader got every line of the flood, in order");
                assertEquals(List.of(dropped), seen.notices().stream().filter(n -> n.contains("dropped")).toList(),
                        "the client that never reads is dropped, and no one else");
            }
            // The room held at most an outbox of lines for each of its five members.
            assertTrue(mostQueued <= 5 * LIMITS.outboxLines(), "lines queued in the room: " + mostQueued);
            assertEquals(READERS + 1, room.size(), "the sender and the three readers are still in the room");
            System.out.println("flood: " + FLOOD_LINES + " lines to 3 readers in "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms, with a stall of "
                    + LIMITS.stall().toMillis() + " ms; at most " + mostQueued + " lines queued in the room");
        } finally {
            for (var client : clients) {
                client.close();
            }
        }
    }

    /** Reads until the line after the flood: counts the flood's lines, checks their order. */
    private static Reading read(Client client, String sender, AtomicReference<String> problem) {
        var prefix = "[" + sender + "] ";
        int count = 0;
        var notices = new ArrayList<String>();
        try {
            for (String line; (line = client.in().readLine()) != null; ) {
                if (line.equals(prefix + "the flood is over")) {
                    return new Reading(count, notices, true);
                } else if (line.startsWith(prefix)) {
                    if (!line.equals(prefix + floodLine(count + 1))) {
                        problem.compareAndSet(null, client.name() + " got line '" + line.substring(0, 40)
                                + "' where " + (count + 1) + " was due");
                    }
                    count++;
                } else {
                    notices.add(line);
                }
            }
        } catch (IOException e) {
            notices.add("read failed: " + e);
        }
        return new Reading(count, notices, false);
    }
}

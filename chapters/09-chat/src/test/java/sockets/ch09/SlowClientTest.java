package sockets.ch09;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;

/**
 * Fifty clients, one of which never reads. It must be dropped, and it must not cost the other
 * forty-nine a single line.
 */
@Timeout(40)
class SlowClientTest {

    private static final int CLIENTS = 50;
    private static final int LISTENERS = CLIENTS - 2;
    /** Lines of 1 KiB, in batches; every listener has each batch before the next is sent. */
    private static final int BATCH = 20;
    private static final int MOST_LINES = 1_000;
    private static final String PADDING = "x".repeat(1000);

    /** One test client: a socket with buffered line reading (one read(2) per 8 KiB, not per byte). */
    private record Client(Socket socket, BufferedReader in, String name) implements AutoCloseable {
        static Client connect(InetSocketAddress server, int receiveBuffer) throws IOException {
            var socket = new Socket();
            if (receiveBuffer > 0) {
                // Before connect: the window the kernel offers is fixed during the handshake.
                socket.setOption(StandardSocketOptions.SO_RCVBUF, receiveBuffer);
            }
            socket.connect(server, 5_000);
            socket.setSoTimeout(20_000);
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

    private static String line(int i) {
        return "line %04d %s".formatted(i, PADDING);
    }

    @Test
    void a_client_that_stops_reading_is_dropped_and_the_others_get_every_line() throws Exception {
        var quiet = new PrintStream(OutputStream.nullOutputStream());
        var clients = new ArrayList<Client>();
        // A stall of 2 s, not the default 5 s: the same policy, a shorter test.
        var limits = new ChatServer.Limits(100, 1024, 100, Duration.ofSeconds(2), Duration.ofMinutes(1));
        try (var server = BackgroundServer.start(l -> ChatServer.serve(l, limits, quiet))) {
            var slow = Client.connect(server.address(), 4096);
            clients.add(slow);
            var sender = Client.connect(server.address(), 0);
            clients.add(sender);
            for (int i = 0; i < LISTENERS; i++) {
                clients.add(Client.connect(server.address(), 0));
            }
            var dropNotice = "* " + slow.name() + " was too slow and was dropped";
            var received = new Semaphore(0);
            var problems = new AtomicReference<String>();
            var heardTheDrop = new CountDownLatch(LISTENERS + 1);
            var counts = new ArrayList<AtomicInteger>();
            for (var listener : clients.subList(2, clients.size())) {
                var count = new AtomicInteger();
                counts.add(count);
                Thread.ofPlatform().daemon().start(() -> listen(listener, sender.name(), dropNotice, count,
                        received, heardTheDrop, problems));
            }
            Thread.ofPlatform().daemon().start(() -> listen(sender, sender.name(), dropNotice,
                    new AtomicInteger(), new Semaphore(0), heardTheDrop, problems));

            // Send until the room says the slow client was dropped, a batch at a time.
            var out = sender.socket().getOutputStream();
            int sent = 0;
            while (heardTheDrop.getCount() == LISTENERS + 1 && sent < MOST_LINES) {
                var batch = new StringBuilder();
                for (int i = 0; i < BATCH; i++) {
                    batch.append(line(++sent)).append('\n');
                }
                out.write(batch.toString().getBytes(StandardCharsets.UTF_8));
                assertTrue(received.tryAcquire(BATCH * LISTENERS, 10, TimeUnit.SECONDS),
                        "every listener got the batch up to line " + sent + " within 10 s; " + problems.get());
            }
            assertTrue(sent < MOST_LINES, "the slow client was dropped before " + MOST_LINES + " lines");
            assertTrue(heardTheDrop.await(10, TimeUnit.SECONDS), "everyone heard: " + dropNotice);
            assertEquals(null, problems.get());
            for (var count : counts) {
                assertEquals(sent, count.get(), "a listener got every one of the " + sent + " lines");
            }
            System.out.println("the slow client was dropped after " + sent + " lines of 1 KiB");
            // The server closed the slow client's socket: after what it had buffered, end of stream.
            var slowGot = 0L;
            for (String l; (l = slow.in().readLine()) != null; ) {
                slowGot++;
            }
            assertTrue(slowGot < sent, "the slow client got " + slowGot + " of " + sent + " lines, then end of stream");
        } finally {
            for (var client : clients) {
                client.close();
            }
        }
    }

    /** Reads a listener's lines: the sender's in order, and the drop notice; notes anything amiss. */
    private static void listen(Client client, String sender, String dropNotice, AtomicInteger count,
            Semaphore received, CountDownLatch heardTheDrop, AtomicReference<String> problems) {
        var prefix = "[" + sender + "] ";
        try {
            for (String l; (l = client.in().readLine()) != null; ) {
                if (l.startsWith(prefix)) {
                    var expected = prefix + line(count.get() + 1);
                    if (!l.equals(expected)) {
                        problems.compareAndSet(null, client.name() + " got '" + l.substring(0, 30)
                                + "' where line " + (count.get() + 1) + " was due");
                    }
                    count.incrementAndGet();
                    received.release();
                } else if (l.equals(dropNotice)) {
                    heardTheDrop.countDown();
                } else if (!l.endsWith(" joined")) {
                    problems.compareAndSet(null, client.name() + " got an unexpected line: " + l);
                }
            }
        } catch (IOException closedAtTheEnd) {
            // the test closes every client when it is done
        }
    }
}

package sockets.ch06.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;

@Timeout(20)
class BatchClientTest {

    /**
     * How long nothing may move on the connection before the server gives up on a client stuck
     * in one of the two ways this exercise is about: every line arrived but no FIN follows, or
     * the echoes cannot be written because the client does not read. On loopback bytes move
     * in microseconds: a pause this long is a client stuck for good, and giving up says why
     * in seconds instead of waiting for the test's whole timeout. A client that is merely slow
     * to send (a busy machine) is left to that timeout.
     */
    private static final Duration STALL = Duration.ofSeconds(4);

    /**
     * The test's server, in this JVM: it echoes every byte back (or, {@code countOnly}, answers
     * once at end of stream with how many it got), then closes, which sends FIN. It watches the
     * connection: when nothing moves for {@link #STALL} it notes why and closes it, which ends
     * the client's blocked read or write.
     */
    private static final class TestServer implements AutoCloseable {
        private final long expected;
        private final boolean countOnly;
        private final AtomicLong received = new AtomicLong();
        private final AtomicLong echoed = new AtomicLong();
        private final AtomicLong lastMoved = new AtomicLong(System.nanoTime());
        private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
        private final BackgroundServer background;
        private volatile Socket connection;
        private volatile boolean finished;
        private volatile String gaveUp;

        TestServer(List<String> lines, boolean countOnly) {
            this.expected = lines.stream().mapToLong(l -> l.getBytes(StandardCharsets.UTF_8).length + 1).sum();
            this.countOnly = countOnly;
            this.background = BackgroundServer.start(listener -> {
                while (true) {
                    try (var accepted = listener.accept()) {
                        serve(accepted);
                    } catch (IOException closedByTheWatch) {
                        // a connection the watch closed ends that client only; a closed
                        // listener, or anything else, ends the loop
                        if (gaveUp == null || listener.isClosed()) {
                            throw closedByTheWatch;
                        }
                    }
                }
            });
            long period = STALL.toMillis() / 4;
            watch.scheduleAtFixedRate(this::giveUpIfStalled, period, period, TimeUnit.MILLISECONDS);
        }

        private void serve(Socket accepted) throws IOException {
            connection = accepted;
            lastMoved.set(System.nanoTime());
            // Small buffers on the server's side, so that a client that does not read while
            // it sends stalls for sure, on any machine.
            accepted.setReceiveBufferSize(64 * 1024);
            accepted.setSendBufferSize(64 * 1024);
            var in = accepted.getInputStream();
            var out = accepted.getOutputStream();
            var buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) != -1; ) {
                received.addAndGet(n);
                lastMoved.set(System.nanoTime());
                if (!countOnly) {
                    out.write(buffer, 0, n);
                    echoed.addAndGet(n);
                    lastMoved.set(System.nanoTime());
                }
            }
            if (countOnly) {
                out.write(("got " + received.get() + " bytes\n").getBytes(StandardCharsets.UTF_8));
            }
            finished = true;
        }

        private void giveUpIfStalled() {
            var open = connection;
            if (open == null || finished || gaveUp != null
                    || System.nanoTime() - lastMoved.get() < STALL.toNanos()) {
                return;
            }
            long in = received.get();
            boolean cannotEcho = !countOnly && echoed.get() < in;
            if (!cannotEcho && in < expected) {
                return;
            }
            gaveUp = cannotEcho
                    ? "the server could not write its echoes for " + STALL.toSeconds() + " s, after " + in
                    + " of " + expected + " bytes: your client was not reading while it sent, so both"
                    + " ends' buffers filled and each side waits for the other; read on one thread while"
                    + " another sends"
                    : "every line arrived (" + in + " bytes), then no end of stream for " + STALL.toSeconds()
                    + " s: the server answers and closes only once it reads -1, so call shutdownOutput()"
                    + " once every line is sent";
            try {
                open.close();
            } catch (IOException ignored) {
                // closing is how the server gives up; there is nothing more to do
            }
        }

        InetSocketAddress address() {
            return background.address();
        }

        /** Fails with what the server saw, if it had to give up on the client. */
        void failIfItGaveUp() {
            if (gaveUp != null) {
                fail(gaveUp);
            }
        }

        /** Fails when the client's end of stream came before any of its bytes: they are still in its buffer. */
        void failIfNothingArrived() {
            if (expected > 0 && received.get() == 0) {
                fail("the server read end of stream before a single byte of your lines: they are still in your"
                        + " writer's buffer (a PrintWriter, a BufferedWriter); flush() it before shutdownOutput()");
            }
        }

        @Override
        public void close() {
            watch.shutdownNow();
            var open = connection;
            if (open != null && !finished) {
                try {
                    open.close();  // a client that never ends its stream must not keep the server waiting
                } catch (IOException ignored) {
                    // best effort in the test's cleanup
                }
            }
            background.close();
        }
    }

    /** Sends the lines with the student's client; what the server saw wins over what the client threw. */
    private static List<String> sendAll(TestServer server, List<String> lines, Duration limit, String ifTooSlow) {
        var replies = assertTimeoutPreemptively(limit, () -> {
            try {
                return BatchClient.sendAll(server.address(), lines);
            } catch (IOException | UncheckedIOException e) {
                server.failIfItGaveUp();
                throw e;
            }
        }, ifTooSlow);
        server.failIfItGaveUp();
        server.failIfNothingArrived();
        return replies;
    }

    @Test
    void gets_every_echo_back_in_order() {
        var lines = List.of("one", "", "three");
        try (var server = new TestServer(lines, false)) {
            var replies = sendAll(server, lines, Duration.ofSeconds(10),
                    "no end of stream from the echo server: it closes only after it reads yours,"
                            + " so call shutdownOutput() once every line is sent");
            assertEquals(List.of("one", "", "three"), replies, "each line back, the empty one too");
        }
    }

    @Test
    void a_server_that_answers_only_at_end_of_stream_gets_its_answer() {
        var lines = List.of("abc", "de");
        try (var server = new TestServer(lines, true)) {
            var replies = sendAll(server, lines, Duration.ofSeconds(10),
                    "the server waits for your end of stream before it answers:"
                            + " shutdownOutput() sends FIN and keeps your half open for the reply");
            assertEquals(List.of("got 7 bytes"), replies, "the server counted 'abc\\nde\\n'");
        }
    }

    @Test
    void sixteen_mib_of_lines_come_back_whole() {
        var lines = IntStream.range(0, 16 * 1024).mapToObj(i -> "%06d".formatted(i) + "x".repeat(1017)).toList();
        try (var server = new TestServer(lines, false)) {
            var replies = sendAll(server, lines, Duration.ofSeconds(15),
                    "16 MiB did not come back in 15 s: if you send everything before you read,"
                            + " both ends' buffers fill and each side waits for the other");
            assertEquals(lines.size(), replies.size(), "as many echoes as lines sent");
            assertEquals(lines, replies, "every line back, in order");
        }
    }
}

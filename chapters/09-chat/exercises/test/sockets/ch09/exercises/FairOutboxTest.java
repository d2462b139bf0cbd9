package sockets.ch09.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/** The outbox on a real loopback connection, with a reader the test starts and stops. */
// It watches a writer stop on full socket buffers and go on when the reader reads: no other
// test of the chapter runs beside it (the runner runs a chapter's exercise tests at once).
@Isolated
@Timeout(10)
class FairOutboxTest {

    private static final String PADDING = "x".repeat(1000);
    private static final String UNFLUSHED = "the reader has not received every line; a line the writer keeps in a"
            + " buffer reaches the socket only at flush()";

    private ServerSocket listener;
    private Socket reader;
    private Socket server;

    @BeforeEach
    void connect() throws IOException {
        var loopback = InetAddress.getLoopbackAddress();
        listener = new ServerSocket(0, 1, loopback);
        reader = new Socket();
        // Small buffers on both ends: a reader that stops blocks the writer after a few KiB.
        reader.setOption(StandardSocketOptions.SO_RCVBUF, 4096);
        reader.connect(listener.getLocalSocketAddress(), 5_000);
        reader.setSoTimeout(8_000);
        server = listener.accept();
        server.setOption(StandardSocketOptions.SO_SNDBUF, 4096);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        server.close();
        listener.close();
    }

    private static String line(int i) {
        return "line %05d %s".formatted(i, PADDING);
    }

    /** Reads n lines on another thread and returns them. */
    private CompletableFuture<List<String>> readLines(int n) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                var in = new BufferedReader(new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8));
                var lines = new ArrayList<String>();
                for (int i = 0; i < n; i++) {
                    lines.add(in.readLine());
                }
                return lines;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, command -> Thread.ofPlatform().daemon().start(command));
    }

    /** Offers lines 1 to n on another thread; completes with how many were taken. */
    private static CompletableFuture<Integer> offerLines(FairOutbox outbox, int n) {
        return CompletableFuture.supplyAsync(() -> {
            int taken = 0;
            try {
                for (int i = 1; i <= n && outbox.offer(line(i)); i++) {
                    taken++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return taken;
        }, command -> Thread.ofPlatform().daemon().start(command));
    }

    private static List<String> lines(int n) {
        var lines = new ArrayList<String>();
        for (int i = 1; i <= n; i++) {
            lines.add(line(i));
        }
        return lines;
    }

    /** The future's value, or a failure that says what it means that it has none after a few seconds. */
    private static <T> T within(CompletableFuture<T> future, int seconds, String meaning) throws Exception {
        try {
            return future.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return fail("still waiting after " + seconds + " s: " + meaning);
        }
    }

    /** Waits, a few milliseconds at a time, for something the test cannot be told of. */
    private static boolean await(BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return condition.getAsBoolean();
    }

    @Test
    void every_line_reaches_a_reader_that_keeps_up_in_the_order_it_was_offered() throws Exception {
        var outbox = new FairOutbox(server, 10, Duration.ofSeconds(2));
        var received = readLines(2_000);
        assertEquals(2_000, offerLines(outbox, 2_000).get(8, TimeUnit.SECONDS),
                "a reader that keeps up is never given up on");
        assertEquals(lines(2_000), within(received, 3, UNFLUSHED), "every line, in order, each with its newline");
    }

    @Test
    void a_full_outbox_makes_the_sender_wait_and_a_reader_that_resumes_loses_nothing() throws Exception {
        var outbox = new FairOutbox(server, 10, Duration.ofSeconds(5));
        // 300 lines of 1 KiB: far more than the two small socket buffers and the outbox hold.
        var offering = offerLines(outbox, 300);
        assertTrue(await(() -> outbox.size() == 10 || offering.isDone()), "the outbox filled up");
        assertFalse(offering.isDone(), "offer() waits while the outbox is full: it neither refuses the line nor "
                + "drops the reader, which has stopped for a moment only");
        // No more than its capacity: the writer may still move a line into room the kernel found.
        assertTrue(outbox.size() <= 10, "the outbox holds its capacity, no more: " + outbox.size() + " lines");
        var received = readLines(300);
        assertEquals(300, within(offering, 5, "the reader reads again, yet offer() does not take every line"),
                "once the reader reads again, every line is taken");
        assertEquals(lines(300), within(received, 3, UNFLUSHED), "and reaches the reader, in order");
    }

    @Test
    void a_reader_that_stops_reading_is_given_up_on_after_the_stall_time_not_before() throws Exception {
        var stall = Duration.ofMillis(500);
        var outbox = new FairOutbox(server, 10, stall);
        var start = System.nanoTime();
        var taken = within(offerLines(outbox, 5_000), 4, "offer() still waits for room, though the writer has been"
                + " stuck in one write for more than the stall time of " + stall.toMillis() + " ms: a client that"
                + " stopped reading must be given up on, not waited for (put() waits forever)");
        var waited = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(taken < 5_000, "offer() answered false for a reader that never reads");
        assertTrue(waited.compareTo(stall) >= 0, "offer() gave up after " + waited.toMillis()
                + " ms, before the writer had been stuck for the stall time of " + stall.toMillis() + " ms");
        assertTrue(outbox.size() <= 10, "the outbox never holds more than its capacity");
    }
}

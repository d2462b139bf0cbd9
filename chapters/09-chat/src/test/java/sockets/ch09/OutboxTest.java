package sockets.ch09;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The flood control in one JVM: when a sender waits, and when it gives up on a member. */
@Timeout(10)
class OutboxTest {

    private static final Duration STALL = Duration.ofMillis(300);

    private static CompletableFuture<Boolean> offerOnAnotherThread(Outbox outbox, String line) {
        return CompletableFuture.supplyAsync(() -> outbox.offer(line), command -> Thread.ofPlatform().daemon().start(command));
    }

    private static Thread drainOnAnotherThread(Outbox outbox, OutputStream out) {
        return Thread.ofPlatform().daemon().start(() -> {
            try {
                outbox.drainTo(out);
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        });
    }

    /** A socket's output stream whose write(2) blocks until the test lets it go. */
    private static final class StuckStream extends OutputStream {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IOException("interrupted", e);
            }
        }
    }

    @Test
    void a_sender_waits_for_room_in_a_full_outbox_and_its_line_goes_in_once_the_writer_takes_one()
            throws Exception {
        var outbox = new Outbox(2, STALL);
        assertTrue(outbox.offer("one"));
        assertTrue(outbox.offer("two"));
        var third = offerOnAnotherThread(outbox, "three");
        // Twice the stall time with no writer at all: a writer that is not stuck in a write is
        // not a client that stopped reading, so the sender keeps waiting.
        assertThrows(TimeoutException.class, () -> third.get(2 * STALL.toMillis(), TimeUnit.MILLISECONDS),
                "offer() waits while the outbox is full");
        var written = new ByteArrayOutputStream();
        drainOnAnotherThread(outbox, written);
        assertTrue(third.get(5, TimeUnit.SECONDS), "the line went in once the writer took one");
    }

    @Test
    void a_member_whose_writer_is_stuck_in_a_write_for_the_stall_time_is_given_up_on_not_sooner() throws Exception {
        var outbox = new Outbox(1, STALL);
        var stuck = new StuckStream();
        drainOnAnotherThread(outbox, stuck);
        // Before the writer's write begins, so that the stall cannot have begun earlier.
        var start = System.nanoTime();
        assertTrue(outbox.offer("taken by the writer, which then blocks in write(2)"));
        assertTrue(stuck.entered.await(5, TimeUnit.SECONDS));
        assertTrue(outbox.offer("fills the outbox"));
        assertFalse(outbox.offer("finds it full, with the writer stuck"), "a client that stopped reading");
        var waited = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(waited.compareTo(STALL) >= 0, "gave up after " + waited.toMillis() + " ms, before the stall time");
        assertEquals(1, outbox.size(), "the refused line was not queued");
        stuck.release.countDown();
    }

    @Test
    void closing_the_outbox_lets_a_waiting_sender_go_at_once() throws Exception {
        var outbox = new Outbox(1, Duration.ofMinutes(1));
        assertTrue(outbox.offer("one"));
        var waiting = offerOnAnotherThread(outbox, "two");
        assertThrows(TimeoutException.class, () -> waiting.get(100, TimeUnit.MILLISECONDS), "the sender waits");
        outbox.close();
        // Well before the slice of its wait ends (6 s of a 1 min stall): close() woke it.
        waiting.get(3, TimeUnit.SECONDS);
    }
}

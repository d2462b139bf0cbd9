package sockets.ch09.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class BoundedOutboxTest {

    @Test
    void lines_come_out_in_the_order_they_went_in() throws InterruptedException {
        var outbox = new BoundedOutbox(3);
        outbox.offer("one");
        outbox.offer("two");
        outbox.offer("three");
        assertEquals(List.of("one", "two", "three"), List.of(outbox.take(), outbox.take(), outbox.take()),
                "a client must read the room's lines in the order they were said");
    }

    @Test
    void offer_reports_full_at_once_instead_of_waiting() {
        var outbox = new BoundedOutbox(3);
        for (int i = 1; i <= 3; i++) {
            assertTrue(outbox.offer("line " + i), "line " + i + " fits in an outbox of 3");
        }
        var start = System.nanoTime();
        assertFalse(outbox.offer("line 4"), "a full outbox refuses the line: its client has stopped reading");
        var waited = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(waited.toMillis() < 500, "offer() must not wait for the slow client's writer, but took "
                + waited.toMillis() + " ms");
        assertEquals(3, outbox.size(), "the refused line is not kept");
    }

    @Test
    void a_taken_line_makes_room_for_another() throws InterruptedException {
        var outbox = new BoundedOutbox(1);
        assertTrue(outbox.offer("first"));
        assertEquals("first", outbox.take());
        assertTrue(outbox.offer("second"), "once the writer took a line, there is room again");
    }

    @Test
    void take_waits_for_a_line_offered_by_another_thread() throws Exception {
        var outbox = new BoundedOutbox(5);
        var taken = CompletableFuture.supplyAsync(() -> {
            try {
                return outbox.take();
            } catch (InterruptedException e) {
                return "interrupted";
            }
        });
        assertFalse(taken.isDone(), "take() on an empty outbox waits for a line");
        Thread.ofPlatform().start(() -> outbox.offer("hello"));
        assertEquals("hello", taken.get(5, TimeUnit.SECONDS), "the writer thread wakes when a line arrives");
    }

    @Test
    void a_capacity_below_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedOutbox(0),
                "an outbox with no room could never hold a line");
    }

    @Test
    void lines_offered_by_many_threads_at_once_are_all_kept_or_refused_never_lost() throws Exception {
        var outbox = new BoundedOutbox(10_000);
        var accepted = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 2_000; i++) {
                    if (outbox.offer("x")) {
                        accepted.incrementAndGet();
                    }
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        assertEquals(8_000, accepted.get(), "an outbox of 10000 has room for all 8000 lines");
        assertEquals(8_000, outbox.size(), "four broadcasting threads at once lost no line");
    }
}

package sockets.ch08.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ConnectionCounterTest {

    @Test
    void counts_opened_and_closed_connections_and_keeps_the_peak() {
        var counter = new ConnectionCounter();
        counter.opened();
        counter.opened();
        counter.opened();
        counter.closed();
        assertEquals(2, counter.current(), "three opened, one closed");
        assertEquals(3, counter.peak(), "the most that were open at once");
        counter.closed();
        counter.closed();
        assertEquals(0, counter.current(), "all closed");
        assertEquals(3, counter.peak(), "the peak stays after connections close");
    }

    /**
     * Only increments, then only decrements: with both at once, an unsafe counter can lose as
     * many of each and still end at 0. The opening lasts a time, not a number of calls, so that
     * the threads overlap on any machine (a fixed count can end within one time slice, and an
     * unsafe counter would pass by luck); then they close as many as they opened, as fast.
     */
    @Test
    void eight_threads_opening_then_closing_at_once_lose_no_update() throws Exception {
        var counter = new ConnectionCounter();
        long opened = inEightThreads(thread -> () -> {
            long n = 0;
            for (long end = System.nanoTime() + PHASE.toNanos(); System.nanoTime() < end; n++) {
                counter.opened();
            }
            return n;
        });
        assertEquals(opened, counter.current(), "8 threads opened " + opened + " connections at once: updates"
                + " were lost (count++ is a read, an add and a write, and two threads interleave them)");
        assertEquals(opened, counter.peak(), "the peak once they were all open: updates of the peak were lost");
        inEightThreads(thread -> () -> {
            long share = opened / 8 + (thread < opened % 8 ? 1 : 0);
            for (long i = 0; i < share; i++) {
                counter.closed();
            }
            return share;
        });
        assertEquals(0, counter.current(), "8 threads closed the " + opened + " connections at once: updates were lost");
    }

    private static final Duration PHASE = Duration.ofMillis(200);

    /** Runs the work on 8 threads (numbered 0 to 7) started together; the sum of what they return. */
    private static long inEightThreads(IntFunction<Callable<Long>> work) throws Exception {
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Long>>();
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                var task = work.apply(t);
                results.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            long total = 0;
            for (var result : results) {
                try {
                    total += result.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException thrown) {
                        throw thrown;
                    }
                    throw e;
                }
            }
            return total;
        }
    }

    @Test
    void eight_threads_opening_and_closing_at_once_lose_no_update() throws Exception {
        var counter = new ConnectionCounter();
        var start = new CountDownLatch(1);
        var done = new ArrayList<Future<?>>();
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < 20_000; i++) {
                        counter.opened();
                        counter.closed();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var thread : done) {
                try {
                    thread.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException thrown) {
                        throw thrown;
                    }
                    throw e;
                }
            }
        }
        assertEquals(0, counter.current(),
                "8 threads each opened and closed 20000 connections: updates were lost");
        assertTrue(counter.peak() >= 1 && counter.peak() <= 8,
                "at most 8 connections were ever open at once, one per thread, not " + counter.peak()
                        + ": updates were lost");
    }
}

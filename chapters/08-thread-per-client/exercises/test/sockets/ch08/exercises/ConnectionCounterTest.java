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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
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
     * many of each and still end at 0. The opening lasts a time, not a number of calls, and is
     * repeated until the threads have really interleaved (each notes when another counted
     * between two of its calls): on a busy machine, 8 threads may each get a slice or two of
     * one core, one after the other, and an unsafe counter would pass by luck. Then they
     * close as many as they opened, as fast.
     */
    @Test
    void eight_threads_opening_then_closing_at_once_lose_no_update() throws Exception {
        var counter = new ConnectionCounter();
        var clock = new AtomicLong();
        var interleavings = new LongAdder();
        long opened = 0;
        long giveUp = System.nanoTime() + MOST_OPENING.toNanos();
        do {
            opened += inEightThreads(thread -> () -> openFor(PHASE, counter, clock, interleavings));
        } while (interleavings.sum() < ENOUGH_INTERLEAVINGS && System.nanoTime() < giveUp);
        assertEquals(opened, counter.current(), "8 threads opened " + opened + " connections at once: updates"
                + " were lost (count++ is a read, an add and a write, and two threads interleave them)");
        assertEquals(opened, counter.peak(), "the peak once they were all open: updates of the peak were lost");
        long total = opened;
        inEightThreads(thread -> () -> {
            long share = total / 8 + (thread < total % 8 ? 1 : 0);
            for (long i = 0; i < share; i++) {
                counter.closed();
            }
            return share;
        });
        assertEquals(0, counter.current(), "8 threads closed the " + opened + " connections at once: updates were lost");
    }

    /** Opens connections for the phase; counts the times another thread ticked the clock in between. */
    private static long openFor(Duration phase, ConnectionCounter counter, AtomicLong clock, LongAdder interleavings) {
        long n = 0;
        long seen = 0;
        long last = clock.getAndIncrement();
        for (long end = System.nanoTime() + phase.toNanos(); System.nanoTime() < end; n++) {
            counter.opened();
            long now = clock.getAndIncrement();
            if (now != last + 1) {
                seen++;
            }
            last = now;
        }
        interleavings.add(seen);
        return n;
    }

    private static final int ENOUGH_INTERLEAVINGS = 10_000;
    private static final Duration MOST_OPENING = Duration.ofSeconds(4);
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

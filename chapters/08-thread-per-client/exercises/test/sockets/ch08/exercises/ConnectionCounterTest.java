package sockets.ch08.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
                "at most 8 connections were ever open at once, one per thread, not " + counter.peak());
    }
}

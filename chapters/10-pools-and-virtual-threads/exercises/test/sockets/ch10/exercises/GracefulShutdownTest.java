package sockets.ch10.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class GracefulShutdownTest {

    private static ServerSocket listener() throws IOException {
        var listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return listener;
    }

    /**
     * True once a connect to the port is refused, within two seconds. A kernel may finish
     * closing a listener a moment after close() returns (this workbook's CI sandbox does), so
     * a connect that still gets through is closed and tried again; nothing here sleeps.
     */
    private static boolean refusedSoon(int port) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < deadline) {
            try (var stillAccepted = new Socket()) {
                stillAccepted.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            } catch (ConnectException refused) {
                return true;
            } catch (IOException otherwise) {
                return false;
            }
        }
        return false;
    }

    @Test
    void the_listener_is_closed_so_new_clients_are_refused() throws Exception {
        var listener = listener();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            GracefulShutdown.stop(listener, workers, Duration.ofMillis(100));
            assertTrue(listener.isClosed(), "stop closes the listening socket");
            assertTrue(refusedSoon(listener.getLocalPort()), "a connect after stop is refused");
        }
    }

    @Test
    void a_task_that_finishes_within_the_grace_period_is_not_interrupted() throws Exception {
        var listener = listener();
        var workers = Executors.newVirtualThreadPerTaskExecutor();
        var interrupted = new CountDownLatch(1);
        workers.execute(() -> {
            try {
                Thread.sleep(200);  // a client finishing its last exchange
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        assertTrue(GracefulShutdown.stop(listener, workers, Duration.ofSeconds(3)),
                "stop returns true when every task finished within the grace period");
        assertEquals(1, interrupted.getCount(), "a task that finished within the grace period was"
                + " interrupted: shutdown() lets running tasks finish, shutdownNow() only after the grace period");
    }

    @Test
    void a_task_that_outlives_the_grace_period_is_interrupted() throws Exception {
        var listener = listener();
        var workers = Executors.newVirtualThreadPerTaskExecutor();
        var interrupted = new CountDownLatch(1);
        workers.execute(() -> {
            try {
                new CountDownLatch(1).await();  // a client that never leaves
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        long start = System.nanoTime();
        assertFalse(GracefulShutdown.stop(listener, workers, Duration.ofMillis(300)),
                "stop returns false when a task was still running at the end of the grace period");
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(interrupted.await(2, TimeUnit.SECONDS), "the task left after the grace period was interrupted");
        assertTrue(took >= 250, "stop gave up after " + took + " ms, before the grace period of 300 ms");
    }

    @Test
    void the_executor_takes_no_new_task_after_stop() throws Exception {
        var listener = listener();
        var workers = Executors.newVirtualThreadPerTaskExecutor();
        GracefulShutdown.stop(listener, workers, Duration.ofMillis(100));
        assertThrows(RejectedExecutionException.class, () -> workers.execute(() -> { }),
                "the executor was shut down");
    }
}

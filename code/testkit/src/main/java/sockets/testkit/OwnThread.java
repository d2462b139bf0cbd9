package sockets.testkit;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Blocking work of a test (a sender, a reader, a serving loop) on a new virtual thread of its
 * own, as a future to join. Never {@code CompletableFuture.runAsync(task)} without an
 * executor: that runs on the JVM's common ForkJoinPool, which has one thread less than the
 * machine has cores and is shared by every test running at the same time. A task blocked in
 * accept(2) or read(2) holds one of those threads; on a 4- or 8-core laptop a few of them
 * leave the next test's sender waiting in the queue, and the test hangs until its timeout.
 * (On 2 cores the pool's parallelism is 1, where CompletableFuture starts a thread per task
 * instead: the bug hides on a small machine.) A virtual thread blocked on a socket only
 * parks: the JDK's poller wakes it when epoll says the socket is ready.
 */
public final class OwnThread {

    private OwnThread() {
    }

    /** Runs {@code task} on a new virtual thread named {@code name} (it shows in thread dumps). */
    public static CompletableFuture<Void> run(String name, Runnable task) {
        return CompletableFuture.runAsync(task, command -> Thread.ofVirtual().name(name).start(command));
    }

    /** Runs {@code task} on a new virtual thread named {@code name}; completes with its result. */
    public static <T> CompletableFuture<T> supply(String name, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, command -> Thread.ofVirtual().name(name).start(command));
    }
}

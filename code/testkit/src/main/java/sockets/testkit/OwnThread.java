package sockets.testkit;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Blocking work of a test (a sender, a reader, a serving loop) on a new virtual thread of its
 * own, as a future to join. Never {@code CompletableFuture.runAsync(task)} without an
 * executor: that runs on the JVM's common ForkJoinPool, which has one thread less than the
 * machine has cores (one on 2 cores, where JDK 17's CompletableFuture started a thread per
 * task and JDK 25's does not) and is shared by every test running at the same time. A task
 * blocked in accept(2) or read(2) holds one of those threads and adds none: the next test's
 * sender waits in the queue until that task ends, or the test's timeout fires. A virtual
 * thread blocked on a socket only parks: the JDK's poller wakes it when the socket is ready.
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

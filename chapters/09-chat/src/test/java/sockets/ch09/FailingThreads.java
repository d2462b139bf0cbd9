package sockets.ch09;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Platform threads as the server makes them, except that one chosen thread fails to start the
 * way Thread.start() fails when pthread_create(3) does: with an OutOfMemoryError.
 */
final class FailingThreads implements ThreadFactory {

    private final AtomicInteger countdown = new AtomicInteger();
    private final List<Thread> started = new CopyOnWriteArrayList<>();

    /** The n-th thread made from now on (1 = the next) will fail to start. */
    void failTheNth(int n) {
        countdown.set(n);
    }

    /** Every thread made that could start. */
    List<Thread> made() {
        return List.copyOf(started);
    }

    @Override
    public Thread newThread(Runnable task) {
        if (countdown.get() > 0 && countdown.decrementAndGet() == 0) {
            return new Thread(task) {
                @Override
                public void start() {
                    // What the JVM throws when the kernel refuses a new thread (EAGAIN).
                    throw new OutOfMemoryError("unable to create native thread: possibly out of memory "
                            + "or process/resource limits reached");
                }
            };
        }
        var thread = new Thread(task);
        started.add(thread);
        return thread;
    }
}

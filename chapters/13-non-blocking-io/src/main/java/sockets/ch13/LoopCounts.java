package sockets.ch13;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an event loop has done, for the demo and the tests. The loop's thread is the only one
 * that writes these; atomics let another thread read them while it runs.
 */
final class LoopCounts {

    /** Connections accepted since the loop started. */
    final AtomicLong accepted = new AtomicLong();
    /** Connections open now, and the most that were open at one time. */
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger mostOpen = new AtomicInteger();
    /** Keys registered with the selector after the last turn: the listener's and one a client. */
    final AtomicInteger registeredKeys = new AtomicInteger();
    /** Writes that took fewer bytes than they were given, or none: the send buffer was full. */
    final AtomicLong partialWrites = new AtomicLong();
    /** Times the loop stopped reading a client because its echoes piled up (backpressure). */
    final AtomicLong readingStopped = new AtomicLong();
    /** Ready keys the loop handled: a loop woken for nothing handles thousands a second. */
    final AtomicLong handled = new AtomicLong();
    /** The names of the threads that ran the loop's handlers. */
    private final Set<String> threads = ConcurrentHashMap.newKeySet();
    private Thread lastThread;

    void opened() {
        accepted.incrementAndGet();
        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
    }

    void ranOn(Thread thread) {
        handled.incrementAndGet();
        // Once a thread, not once a key: a set's hash and lookup on every event would cost
        // the loop a measurable share of its time.
        if (thread != lastThread) {
            lastThread = thread;
            threads.add(thread.getName());
        }
    }

    Set<String> threads() {
        return new TreeSet<>(threads);
    }
}

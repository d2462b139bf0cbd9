package sockets.ch09;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Why the room is a concurrent set: the same joins, leaves and broadcasts break a plain
 * ArrayList ({@link ListRoom}) and leave {@link ChatRoom} whole.
 */
@Timeout(40)
class RegistryUnderConcurrencyTest {

    private static final int THREADS = 4;
    private static final Duration ROUND = Duration.ofMillis(300);
    private static final Duration MOST_TIME = Duration.ofSeconds(20);

    private static ChatRoom chatRoom() {
        return new ChatRoom(new PrintStream(OutputStream.nullOutputStream()));
    }

    private static final List<String> FOUR = List.of("a", "slow", "c", "d");

    // One thread is enough: dropping a member in the middle of the for-each loop over it.
    @Test
    void a_plain_list_throws_when_a_broadcast_drops_a_member() {
        var members = FOUR.stream().map(FakeMember::named).toList();
        var listRoom = new ListRoom();
        members.forEach(listRoom::join);
        members.get(1).stopReading();
        assertThrows(ConcurrentModificationException.class,
                () -> listRoom.broadcast(members.getFirst(), "[a] hello"),
                "removing from an ArrayList while a for-each loop walks it");
    }

    // Worse than an exception: ArrayList's check is best effort. Removing the next-to-last
    // element ends the loop early, and the last member silently misses the line.
    @Test
    void a_plain_list_silently_skips_the_last_member_when_the_one_before_it_is_dropped() {
        var first = FakeMember.named("a");
        var last = FakeMember.named("last");
        var slow = FakeMember.named("slow");
        var listRoom = new ListRoom();
        List.of(first, slow, last).forEach(listRoom::join);
        slow.stopReading();
        listRoom.broadcast(first, "[a] hello");
        assertTrue(!last.received().contains("[a] hello"), "the last member never got the line");
    }

    @Test
    void the_chat_room_drops_a_member_during_a_broadcast_and_reaches_all_the_others() {
        var members = FOUR.stream().map(FakeMember::named).toList();
        var room = chatRoom();
        members.forEach(room::join);
        members.get(1).stopReading();
        assertDoesNotThrow(() -> room.broadcast(members.getFirst(), "[a] hello"));
        assertTrue(members.get(2).received().contains("[a] hello"), "c got the line");
        assertTrue(members.get(3).received().contains("[a] hello"), "d got the line");
        assertEquals(3, room.size());
    }

    /** What went wrong in one round of hammering, or nothing. */
    private record Hammering(Queue<Throwable> failures, int sizeAfterwards) {
        boolean broke() {
            return !failures.isEmpty() || sizeAfterwards != 0;
        }
    }

    /**
     * THREADS threads each join and leave members of their own (so the room ends empty), as
     * fast as they can, while another thread broadcasts without pause, for ROUND or until one
     * of them throws. A round lasts a time, not a count: a few thousand joins take less than
     * one time slice, and on a busy machine the threads would take turns instead of racing.
     */
    private static Hammering hammer(Runnable broadcast, java.util.function.Consumer<FakeMember> join,
            java.util.function.Consumer<FakeMember> leave, java.util.function.IntSupplier size)
            throws InterruptedException {
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var start = new CountDownLatch(1);
        var threw = new CountDownLatch(1);
        var stop = new AtomicBoolean();
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(Thread.ofPlatform().start(() -> record(failures, threw, () -> {
                start.await();
                for (int i = 0; !stop.get(); i++) {
                    var member = FakeMember.named("m" + thread + "-" + i);
                    join.accept(member);
                    leave.accept(member);
                }
            })));
        }
        threads.add(Thread.ofPlatform().start(() -> record(failures, threw, () -> {
            start.await();
            while (!stop.get()) {
                broadcast.run();
            }
        })));
        start.countDown();
        threw.await(ROUND.toMillis(), TimeUnit.MILLISECONDS);
        stop.set(true);
        for (var thread : threads) {
            thread.join(Duration.ofSeconds(10));
        }
        return new Hammering(failures, size.getAsInt());
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void record(Queue<Throwable> failures, CountDownLatch threw, Work work) {
        try {
            work.run();
        } catch (Throwable e) {
            failures.add(e);
            threw.countDown();
        }
    }

    @Test
    void a_plain_list_breaks_when_members_join_and_leave_during_broadcasts() throws InterruptedException {
        var seen = new ArrayList<String>();
        // Races are not certain in one round; rounds until one breaks make them so, bounded by
        // the deadline (the test's timeout is longer).
        long deadline = System.nanoTime() + MOST_TIME.toNanos();
        for (int round = 1; System.nanoTime() < deadline; round++) {
            var room = new ListRoom();
            var sender = FakeMember.named("sender");
            var result = hammer(() -> room.broadcast(sender, "[sender] hi"), room::join, room::leave, room::size);
            if (result.broke()) {
                result.failures().forEach(f -> seen.add(f.getClass().getSimpleName()));
                if (result.sizeAfterwards() != 0) {
                    seen.add("a size of " + result.sizeAfterwards() + " instead of 0");
                }
                System.out.println("ArrayList room broke in round " + round + ": " + seen.stream().distinct().toList());
                return;
            }
        }
        throw new AssertionError("an ArrayList survived " + MOST_TIME.toSeconds() + " s of concurrent joins,"
                + " leaves and broadcasts: expected ConcurrentModificationException or lost members");
    }

    @Test
    void the_chat_room_survives_the_same_hammering() throws InterruptedException {
        for (int round = 1; round <= 3; round++) {
            var room = chatRoom();
            var sender = FakeMember.named("sender");
            var result = hammer(() -> room.broadcast(sender, "[sender] hi"),
                    room::join, m -> room.leave(m, ""), room::size);
            assertTrue(result.failures().isEmpty(), "no exception in any thread: " + result.failures());
            assertEquals(0, result.sizeAfterwards(), "every member that joined and left is gone");
        }
    }
}

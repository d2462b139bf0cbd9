package sockets.ch09;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared state of the chat server: who is in the room. Every client's thread reads and
 * changes it at once, so it is a concurrent map, and no method holds a lock while it talks to
 * a socket: a member is handed a line through its outbox, and only its own writer thread
 * writes to its socket.
 */
final class ChatRoom {

    /** What the room needs of a member; {@link ChatMember} is the one with a socket. */
    interface Member {
        String name();

        /**
         * Queues a line for this member, waiting while its outbox is full; false when the
         * member has stopped reading (its outbox stayed full for the stall time).
         */
        boolean offer(String line);

        /** Lines queued for this member and not yet written. */
        int queued();

        /** Closes the member's connection; safe to call more than once, from any thread. */
        void close();

        /**
         * Called once the member is in the room: from now on what its outbox holds may reach
         * its client. Until then nothing is sent. A member without a socket needs nothing.
         */
        default void admit() {
        }
    }

    // tag::registry[]
    // A map many threads may change while others iterate it. Its iterator is weakly
    // consistent: it never throws ConcurrentModificationException, it sees each member
    // at most once, and it takes no lock that a slow member could hold up. The value is
    // the member's arrival number: a broadcast skips members that arrived after it began.
    private final Map<Member, Long> members = new ConcurrentHashMap<>();
    private final AtomicLong arrivals = new AtomicLong();
    // end::registry[]
    private final Object entrance = new Object();
    private final PrintStream log;
    private volatile boolean closed;

    ChatRoom(PrintStream log) {
        this.log = log;
    }

    int size() {
        return members.size();
    }

    /** Lines waiting in all the outboxes: what the room holds in memory now. */
    int queued() {
        return members.keySet().stream().mapToInt(Member::queued).sum();
    }

    // tag::join[]
    void join(Member member) {
        long arrival;
        // One newcomer at a time: of two who join at once, the later counts the earlier
        // among the others, and the earlier hears the later join. Nothing in here waits:
        // the outbox is the newcomer's own, and empty.
        synchronized (entrance) {
            // The welcome goes into the newcomer's outbox before the newcomer is in the set:
            // no broadcast can reach it before that, so the welcome is the first line it reads.
            int others = members.size();
            member.offer("* welcome, " + member.name() + "; "
                    + (others == 1 ? "1 other" : others + " others") + " here");
            arrival = arrivals.incrementAndGet();
            members.put(member, arrival);
        }
        // Only now may the welcome leave: a client that has read it is in the set, so every
        // line broadcast after that reaches it too, the next newcomer's "joined" included.
        member.admit();
        if (closed) {
            // The server stopped while this member was on its way in, and closeAll() may
            // have missed it: its reader's next read(2) fails, and it leaves.
            member.close();
        }
        // Told to those who arrived before it: one who arrives while this thread gets here
        // was welcomed with this member among the others, and must not hear it join.
        announce(member, member.name() + " joined", arrival - 1);
    }

    /** Takes a member out of the room; only the first call for it tells the room. */
    void leave(Member member, String why) {
        if (members.remove(member) != null) {
            member.close();
            announce(member, member.name() + " left" + why, arrivals.get());
        }
    }
    // end::join[]

    // tag::broadcast[]
    /**
     * Hands the line to every member but its sender. It waits while an outbox is full, so a
     * sender goes no faster than the room reads; it drops a member that stopped reading.
     */
    void broadcast(Member sender, String line) {
        handOut(sender, line, arrivals.get());
    }

    /** Hands the line to every member but its sender that arrived by {@code arrivedBefore}. */
    private void handOut(Member sender, String line, long arrivedBefore) {
        for (var entry : members.entrySet()) {
            var member = entry.getKey();
            if (member != sender && entry.getValue() <= arrivedBefore && !member.offer(line)) {
                drop(member);
            }
        }
    }

    private void drop(Member tooSlow) {
        // remove() is true for one thread only, even if several broadcasts find it full.
        if (members.remove(tooSlow) != null) {
            tooSlow.close();
            announce(tooSlow, tooSlow.name() + " was too slow and was dropped", arrivals.get());
        }
    }
    // end::broadcast[]

    /** A line for the server's own log, not for the room. */
    void log(String line) {
        log.println(line);
    }

    private void announce(Member about, String event, long arrivedBefore) {
        log.println(event + "; " + members.size() + " in the room");
        handOut(about, "* " + event, arrivedBefore);
    }

    /** When the server stops: closes every member's connection. */
    void closeAll() {
        closed = true;
        for (var member : List.copyOf(members.keySet())) {
            members.remove(member);
            member.close();
        }
    }
}

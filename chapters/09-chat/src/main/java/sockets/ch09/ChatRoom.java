package sockets.ch09;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared state of the chat server: who is in the room. Every client's thread reads and
 * changes it at once, so it is a concurrent set, and no method holds a lock while it talks to
 * a socket: a member is handed a line through its outbox, which never blocks.
 */
final class ChatRoom {

    /** What the room needs of a member; {@link ChatMember} is the one with a socket. */
    interface Member {
        String name();

        /** Queues a line for this member without waiting; false when its outbox is full. */
        boolean offer(String line);

        /** Closes the member's connection; safe to call more than once, from any thread. */
        void close();
    }

    // tag::registry[]
    // A set many threads may change while others iterate it. Its iterator is weakly
    // consistent: it never throws ConcurrentModificationException, it sees each member
    // at most once, and it takes no lock that a slow member could hold up.
    private final Set<Member> members = ConcurrentHashMap.newKeySet();
    // end::registry[]
    private final PrintStream log;

    ChatRoom(PrintStream log) {
        this.log = log;
    }

    int size() {
        return members.size();
    }

    // tag::join[]
    void join(Member member) {
        members.add(member);
        int others = members.size() - 1;
        member.offer("* welcome, " + member.name() + "; "
                + (others == 1 ? "1 other" : others + " others") + " here");
        announce(member, member.name() + " joined");
    }

    /** Takes a member out of the room; only the first call for it tells the room. */
    void leave(Member member, String why) {
        if (members.remove(member)) {
            member.close();
            announce(member, member.name() + " left" + why);
        }
    }
    // end::join[]

    // tag::broadcast[]
    /** Hands the line to every member but its sender; drops any whose outbox is full. */
    void broadcast(Member sender, String line) {
        for (var member : members) {
            if (member != sender && !member.offer(line)) {
                drop(member);
            }
        }
    }

    private void drop(Member tooSlow) {
        // remove() is true for one thread only, even if several broadcasts find it full.
        if (members.remove(tooSlow)) {
            tooSlow.close();
            announce(tooSlow, tooSlow.name() + " was too slow and was dropped");
        }
    }
    // end::broadcast[]

    private void announce(Member about, String event) {
        log.println(event + "; " + members.size() + " in the room");
        broadcast(about, "* " + event);
    }

    /** When the server stops: closes every member's connection. */
    void closeAll() {
        for (var member : List.copyOf(members)) {
            members.remove(member);
            member.close();
        }
    }
}

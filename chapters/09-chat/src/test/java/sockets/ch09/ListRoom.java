package sockets.ch09;

import java.util.ArrayList;
import java.util.List;

/**
 * The chat room written the naive way, on a plain ArrayList, for the tests to show what goes
 * wrong. Same methods, same logic as {@link ChatRoom}; only the collection differs.
 */
final class ListRoom {

    private final List<ChatRoom.Member> members = new ArrayList<>();

    void join(ChatRoom.Member member) {
        members.add(member);
        broadcast(member, "* " + member.name() + " joined");
    }

    void leave(ChatRoom.Member member) {
        if (members.remove(member)) {
            broadcast(member, "* " + member.name() + " left");
        }
    }

    void broadcast(ChatRoom.Member sender, String line) {
        for (var member : members) {
            if (member != sender && !member.offer(line)) {
                members.remove(member);
                member.close();
            }
        }
    }

    int size() {
        return members.size();
    }
}

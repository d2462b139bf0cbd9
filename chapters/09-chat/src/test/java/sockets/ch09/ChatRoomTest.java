package sockets.ch09;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The room alone, with members that have no socket: who gets which line. */
class ChatRoomTest {

    private static final Pattern WELCOME_COUNT = Pattern.compile("; (\\d+) others? here$");

    private final ChatRoom room = new ChatRoom(new PrintStream(OutputStream.nullOutputStream()));

    @Test
    void a_new_member_is_welcomed_and_the_others_hear_that_it_joined() {
        var alice = FakeMember.named("alice");
        var bob = FakeMember.named("bob");
        room.join(alice);
        room.join(bob);
        assertEquals(List.of("* welcome, alice; 0 others here", "* bob joined"), alice.received());
        assertEquals(List.of("* welcome, bob; 1 other here"), bob.received());
    }

    @Test
    void the_welcome_is_the_first_line_a_member_reads_even_when_someone_speaks_as_it_joins() {
        var alice = FakeMember.named("alice");
        room.join(alice);
        var bob = FakeMember.named("bob");
        // The room asks the newcomer its name while it lets it in: at that moment, another
        // member's reader thread broadcasts a line, as any of them may at any moment.
        var speaksAsBobJoins = hooked(bob, () -> room.broadcast(alice, "[alice] did anyone just come in?"), () -> { });
        room.join(speaksAsBobJoins);
        assertEquals("* welcome, bob; 1 other here", bob.received().getFirst(),
                "the first line bob reads is his welcome: " + bob.received());
    }

    @Test
    void a_member_is_let_in_before_its_welcome_may_leave_so_it_hears_what_follows() {
        var alice = FakeMember.named("alice");
        room.join(alice);
        var bob = FakeMember.named("bob");
        // The moment bob's welcome may be sent (and bob may read it), alice speaks.
        var hearsAliceWhenAdmitted = hooked(bob, () -> { }, () -> room.broadcast(alice, "[alice] hi bob"));
        room.join(hearsAliceWhenAdmitted);
        assertEquals(List.of("* welcome, bob; 1 other here", "[alice] hi bob"), bob.received());
    }

    @Test
    void a_member_who_arrives_as_a_newcomer_is_let_in_is_welcomed_with_it_and_does_not_hear_it_join() {
        var alice = FakeMember.named("alice");
        room.join(alice);
        var bob = FakeMember.named("bob");
        var carol = FakeMember.named("carol");
        // carol arrives between bob's entry and the room telling everyone that bob joined.
        var letsCarolInWhenAdmitted = hooked(bob, () -> { }, () -> room.join(carol));
        room.join(letsCarolInWhenAdmitted);
        assertEquals(List.of("* welcome, carol; 2 others here"), carol.received(), "carol knows bob is here");
        assertEquals(List.of("* welcome, bob; 1 other here", "* carol joined"), bob.received());
        assertEquals(List.of("* welcome, alice; 0 others here", "* carol joined", "* bob joined"), alice.received());
    }

    @Test
    void members_joining_at_once_each_learn_of_every_other_once() throws InterruptedException {
        var members = IntStream.range(0, 200).mapToObj(i -> FakeMember.named("m" + i)).toList();
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (var member : members) {
                threads.submit(() -> {
                    start.await();
                    room.join(member);
                    return null;
                });
            }
            start.countDown();
        }
        // Each learns of another either in its welcome's count or by a "joined" line later.
        for (var member : members) {
            var lines = member.received();
            var welcome = WELCOME_COUNT.matcher(lines.getFirst());
            assertTrue(welcome.find(), lines.getFirst());
            long joined = lines.stream().filter(line -> line.endsWith(" joined")).count();
            assertEquals(members.size() - 1, Integer.parseInt(welcome.group(1)) + joined,
                    member.name() + " counted or heard of every other member once: " + lines);
        }
    }

    @Test
    void a_member_that_joins_while_a_line_is_being_handed_out_does_not_get_that_line() {
        var alice = FakeMember.named("alice");
        room.join(alice);
        var newcomers = new ArrayList<FakeMember>();
        // While the broadcast walks the room, twenty members join: some land where the
        // walk has yet to go. Each must hear only what is said after it joined.
        var letsOthersInAsItHears = new ChatRoom.Member() {
            @Override
            public String name() {
                return "bob";
            }

            @Override
            public boolean offer(String line) {
                if (line.equals("[alice] before you came")) {
                    for (int i = 0; i < 20; i++) {
                        var newcomer = FakeMember.named("newcomer-" + i);
                        newcomers.add(newcomer);
                        room.join(newcomer);
                    }
                }
                return true;
            }

            @Override
            public int queued() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
        room.join(letsOthersInAsItHears);
        room.broadcast(alice, "[alice] before you came");
        for (var newcomer : newcomers) {
            assertFalse(newcomer.received().contains("[alice] before you came"),
                    newcomer.name() + " joined during the broadcast yet got its line: " + newcomer.received());
        }
    }

    @Test
    void a_line_goes_to_every_member_but_its_sender() {
        var alice = FakeMember.named("alice");
        var bob = FakeMember.named("bob");
        var carol = FakeMember.named("carol");
        List.of(alice, bob, carol).forEach(room::join);
        room.broadcast(alice, "[alice] hello");
        assertFalse(alice.received().contains("[alice] hello"), "the sender does not get its own line");
        assertEquals("[alice] hello", bob.received().getLast());
        assertEquals("[alice] hello", carol.received().getLast());
    }

    @Test
    void a_member_that_leaves_is_closed_and_the_room_is_told_once() {
        var alice = FakeMember.named("alice");
        var bob = FakeMember.named("bob");
        room.join(alice);
        room.join(bob);
        room.leave(bob, " (connection reset)");
        room.leave(bob, "");
        assertTrue(bob.closed().get(), "leaving closes the member's connection");
        assertEquals(List.of("* bob left (connection reset)"),
                alice.received().stream().filter(l -> l.contains("left")).toList());
        assertEquals(1, room.size());
    }

    @Test
    void a_member_that_stopped_reading_is_dropped_and_the_room_is_told() {
        var alice = FakeMember.named("alice");
        var bob = FakeMember.named("bob");
        room.join(alice);
        room.join(bob);
        var slow = FakeMember.named("slow");
        room.join(slow);
        slow.stopReading();
        room.broadcast(alice, "[alice] are you there?");
        assertTrue(slow.closed().get(), "the slow member's connection is closed");
        assertEquals(2, room.size(), "the slow member is out of the room");
        // In either order: the room may tell bob of the drop before it reaches him with the line.
        assertTrue(bob.received().containsAll(List.of("[alice] are you there?", "* slow was too slow and was dropped")),
                "bob got the line and the notice: " + bob.received());
    }

    @Test
    void closing_the_room_closes_every_member() {
        var alice = FakeMember.named("alice");
        var bob = FakeMember.named("bob");
        room.join(alice);
        room.join(bob);
        room.closeAll();
        assertTrue(alice.closed().get() && bob.closed().get(), "every member is closed");
        assertEquals(0, room.size());
    }

    /**
     * {@code member} as the room sees it, with something happening at a chosen moment of its
     * joining: when the room asks its name, and when the room lets it in (admit).
     */
    private static ChatRoom.Member hooked(FakeMember member, Runnable whenNamed, Runnable whenAdmitted) {
        return new ChatRoom.Member() {
            @Override
            public String name() {
                whenNamed.run();
                return member.name();
            }

            @Override
            public boolean offer(String line) {
                return member.offer(line);
            }

            @Override
            public int queued() {
                return member.queued();
            }

            @Override
            public void close() {
                member.close();
            }

            @Override
            public void admit() {
                whenAdmitted.run();
            }
        };
    }
}

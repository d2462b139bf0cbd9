package sockets.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Chapter 06's small writes on the wire: a request written in two pieces ("GET " then "x\n"),
 * then its reply, ten times. Nagle's algorithm (TCP_NODELAY off, the default) holds a small
 * segment while an earlier small one is unacknowledged; the server acknowledges late (a delayed
 * ACK, up to 40 ms on Linux) as it waits for the whole line before it replies.
 * <p>
 * What holds on any machine, loaded or not, is the rule itself, so that is what is asserted:
 * with Nagle, no client segment ever leaves before the ACK of the one before; without it, some
 * do. How long each round waits (often 40 ms, the delayed-ACK timer) depends on timing, and
 * is printed by ./workbook capture rather than asserted.
 */
class SmallWritesTest {

    @Test
    void with_Nagle_a_small_write_waits_for_the_ACK_of_the_one_before() {
        var wire = Conversation.of(Captures.of("nagle"));
        assertEquals(0, sentBeforeThePreviousWasAcknowledged(wire), wire.flagsInOrder());
        assertEquals(2 * WireScenarios.ROUNDS, dataSegmentsOfTheClient(wire), "each write waited, none merged: " + wire.flagsInOrder());
    }

    @Test
    void without_Nagle_a_small_write_leaves_before_the_ACK_of_the_one_before() {
        var wire = Conversation.of(Captures.of("nodelay"));
        assertTrue(sentBeforeThePreviousWasAcknowledged(wire) > 0, wire.flagsInOrder());
    }

    /** How many client data segments left while the client's previous one was unacknowledged. */
    static int sentBeforeThePreviousWasAcknowledged(Conversation wire) {
        long acknowledged = -1;
        long previousEnd = -1;
        int early = 0;
        for (var segment : wire.segments()) {
            if (!segment.fromClient() && segment.tcp().has(Packet.Tcp.ACK)) {
                acknowledged = Math.max(acknowledged, segment.tcp().ack());
            }
            if (segment.fromClient() && segment.tcp().payloadLength() > 0) {
                if (previousEnd >= 0 && acknowledged < previousEnd) {
                    early++;
                }
                previousEnd = segment.end();
            }
        }
        return early;
    }

    private static long dataSegmentsOfTheClient(Conversation wire) {
        return wire.from(true).stream().filter(segment -> segment.tcp().payloadLength() > 0).count();
    }
}

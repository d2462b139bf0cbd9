package sockets.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a TCP conversation looks like on the wire, read from real captures of the scenarios in
 * {@link WireScenarios}: the claims the book makes about SYN, ACK, FIN, RST and TIME_WAIT.
 */
class WhatTheWireShowsTest {

    @Test
    void a_connection_opens_with_SYN_then_SYN_ACK_then_ACK() {
        var wire = Conversation.of(Captures.of("conversation"));
        var syn = wire.segments().get(0);
        var synAck = wire.segments().get(1);
        var ack = wire.segments().get(2);
        assertTrue(syn.fromClient() && syn.is("S"), wire.flagsInOrder());
        assertTrue(!synAck.fromClient() && synAck.is("S."), wire.flagsInOrder());
        assertEquals(syn.tcp().seq() + 1, synAck.tcp().ack(), "the SYN-ACK acknowledges the SYN");
        assertTrue(ack.fromClient() && ack.is("."), wire.flagsInOrder());
        assertEquals(synAck.tcp().seq() + 1, ack.tcp().ack(), "the ACK acknowledges the SYN-ACK");
    }

    @Test
    void every_byte_sent_is_acknowledged_by_the_peer() {
        var wire = Conversation.of(Captures.of("conversation"));
        var data = wire.segments().stream().filter(segment -> segment.tcp().payloadLength() > 0).toList();
        assertEquals(6, wire.from(true).stream().mapToInt(s -> s.tcp().payloadLength()).sum(), "hello\\n from the client");
        assertEquals(3, wire.from(false).stream().mapToInt(s -> s.tcp().payloadLength()).sum(), "hi\\n from the server");
        for (var segment : data) {
            var later = wire.segments().subList(wire.segments().indexOf(segment) + 1, wire.segments().size());
            assertTrue(later.stream().anyMatch(reply -> reply.fromClient() != segment.fromClient()
                            && reply.tcp().has(Packet.Tcp.ACK) && reply.tcp().ack() >= segment.end()),
                    "the bytes of " + segment + " are acknowledged: " + wire.flagsInOrder());
        }
    }

    @Test
    void each_side_sends_a_FIN_and_the_side_that_closed_first_ends_in_TIME_WAIT() {
        var scenario = Captures.of("conversation");
        var wire = Conversation.of(scenario);
        var fins = wire.segments().stream().filter(segment -> segment.tcp().has(Packet.Tcp.FIN)).toList();
        assertEquals(2, fins.size(), wire.flagsInOrder());
        assertTrue(fins.get(0).fromClient(), "the client closed first: " + wire.flagsInOrder());
        assertTrue(!fins.get(1).fromClient(), "then the server: " + wire.flagsInOrder());
        var last = wire.segments().getLast();
        assertTrue(last.fromClient() && last.is(".") && last.tcp().ack() == fins.get(1).end(),
                "the client's ACK of the server's FIN is the last segment: " + wire.flagsInOrder());
        assertEquals(scenario.facts().getProperty("client.port"), scenario.facts().getProperty("time_wait.local.port"),
                "the socket in TIME_WAIT is the client's, the side that sent the first FIN");
    }

    @Test
    void connection_refused_is_a_RST_answering_the_SYN() {
        var scenario = Captures.of("refused");
        var wire = Conversation.of(scenario);
        assertEquals("c:S s:R.", wire.flagsInOrder());
        assertEquals(wire.segments().get(0).tcp().seq() + 1, wire.segments().get(1).tcp().ack(),
                "the RST acknowledges the SYN it answers");
        assertEquals("refused", scenario.facts().getProperty("outcome"));
    }

    /**
     * close(2) with bytes still unread sends a RST: the peer learns its data was thrown away.
     * Java's Socket.close() calls shutdown(SHUT_WR) first (NioSocketImpl, unless SO_LINGER is
     * 0), so on the wire a FIN goes first and the RST follows it.
     */
    @Test
    void closing_with_unread_data_resets_the_connection() {
        var scenario = Captures.of("unread");
        var wire = Conversation.of(scenario);
        var server = wire.from(false);
        var reset = server.stream().filter(segment -> segment.tcp().has(Packet.Tcp.RST)).toList();
        assertEquals(1, reset.size(), wire.flagsInOrder());
        assertTrue(server.getLast().tcp().has(Packet.Tcp.RST), "the RST ends the connection: " + wire.flagsInOrder());
        var unread = wire.from(true).stream().filter(segment -> segment.tcp().payloadLength() > 0).findFirst().orElseThrow();
        assertEquals(unread.end(), reset.getFirst().tcp().ack(),
                "the RST acknowledges the bytes it throws away, all 14 of them received: " + wire.flagsInOrder());
        assertTrue(server.stream().anyMatch(segment -> segment.is("F.")),
                "Java's close() sent its FIN first: " + wire.flagsInOrder());
    }
}

package sockets.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** UDP on the wire: a datagram is one packet, and a closed port answers with ICMP. */
class DatagramsOnTheWireTest {

    @Test
    void a_datagram_crosses_as_one_UDP_packet_of_its_length() {
        var scenario = Captures.of("udp");
        var toReceiver = scenario.packets().stream()
                .filter(packet -> packet.transport() instanceof Packet.Udp udp
                        && udp.destinationPort() == scenario.port("receiver.port"))
                .toList();
        assertEquals(1, toReceiver.size());
        assertEquals(4, ((Packet.Udp) toReceiver.getFirst().transport()).payloadLength(), "\"ping\" is 4 bytes");
    }

    @Test
    void a_datagram_to_a_closed_port_is_answered_by_ICMP_port_unreachable() {
        var scenario = Captures.of("udp");
        int closed = scenario.port("closed.port");
        var answers = scenario.packets().stream()
                .filter(packet -> packet.transport() instanceof Packet.Icmp icmp && icmp.isPortUnreachable()
                        && icmp.quotedUdp().orElseThrow().destinationPort() == closed)
                .toList();
        assertEquals(1, answers.size(), "one ICMP port unreachable quoting the datagram to port " + closed);
        assertTrue(scenario.packets().indexOf(answers.getFirst()) > 0, "it answers the datagram sent before it");
        assertEquals("port unreachable", scenario.facts().getProperty("outcome"),
                "a connected datagram socket hears of it: PortUnreachableException");
    }
}

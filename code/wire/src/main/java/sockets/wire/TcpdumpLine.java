package sockets.wire;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes each packet as one line the way {@code tcpdump -n} does, for example
 * {@code 0.000042 IP 127.0.0.1.41187 > 127.0.0.1.46472: Flags [S.], seq 0, ack 1, win 65483, length 0}.
 * Two things differ on purpose: the time counts seconds from the first packet, and sequence
 * numbers count from each side's first one (its initial sequence number is 0) from the very
 * first line, so that a conversation reads 0, 1, 23 rather than 2893458123.
 */
public final class TcpdumpLine {

    private final Instant start;
    /** Each direction's first sequence number: "127.0.0.1.46472>127.0.0.1.41187" to ISN. */
    private final Map<String, Long> firstSequence = new HashMap<>();

    public TcpdumpLine(Instant start) {
        this.start = start;
    }

    // tag::format[]
    /** The line for the next packet; call it in the order of the capture. */
    public String format(Packet packet) {
        var time = Duration.between(start, packet.time());
        var prefix = "%d.%06d %s ".formatted(time.toSeconds(), time.toNanosPart() / 1000,
                packet.source() instanceof Inet6Address ? "IP6" : "IP");
        var from = host(packet.source());
        var to = host(packet.destination());
        return prefix + switch (packet.transport()) {
            case Packet.Tcp tcp -> {
                var forward = from + "." + tcp.sourcePort()
                        + ">" + to + "." + tcp.destinationPort();
                var backward = to + "." + tcp.destinationPort()
                        + ">" + from + "." + tcp.sourcePort();
                long base = firstSequence.computeIfAbsent(forward, key -> tcp.seq());
                long seq = (tcp.seq() - base) & 0xffffffffL;
                var line = new StringBuilder("%s.%d > %s.%d: Flags [%s], seq %s".formatted(
                        from, tcp.sourcePort(), to, tcp.destinationPort(), flags(tcp),
                        tcp.payloadLength() > 0
                                ? seq + ":" + (seq + tcp.payloadLength())
                                : Long.toString(seq)));
                if (tcp.has(Packet.Tcp.ACK)) {
                    long peerBase = firstSequence.getOrDefault(backward, tcp.ack() - 1);
                    line.append(", ack ").append((tcp.ack() - peerBase) & 0xffffffffL);
                }
                yield line.append(", win ").append(tcp.window())
                        .append(", length ").append(tcp.payloadLength()).toString();
            }
            case Packet.Udp udp -> "%s.%d > %s.%d: UDP, length %d".formatted(
                    from, udp.sourcePort(), to, udp.destinationPort(), udp.payloadLength());
            case Packet.Icmp icmp when icmp.isPortUnreachable() && icmp.quotedUdp().isPresent() ->
                    "%s > %s: ICMP%s %s udp port %d unreachable".formatted(
                            from, to, icmp.v6() ? "6" : "",
                            from, icmp.quotedUdp().get().destinationPort());
            case Packet.Icmp icmp -> "%s > %s: ICMP%s type %d, code %d".formatted(
                    from, to, icmp.v6() ? "6" : "", icmp.type(), icmp.code());
        };
    }
    // end::format[]

    /** tcpdump's flag letters, in its order: S(YN) F(IN) P(USH) R(ST), and "." for ACK. */
    static String flags(Packet.Tcp tcp) {
        var text = new StringBuilder();
        if (tcp.has(Packet.Tcp.SYN)) {
            text.append('S');
        }
        if (tcp.has(Packet.Tcp.FIN)) {
            text.append('F');
        }
        if (tcp.has(Packet.Tcp.PSH)) {
            text.append('P');
        }
        if (tcp.has(Packet.Tcp.RST)) {
            text.append('R');
        }
        if (tcp.has(Packet.Tcp.ACK)) {
            text.append('.');
        }
        return text.toString();
    }

    private static String host(InetAddress address) {
        return address instanceof Inet6Address
                ? SocketTable.compressed(address.getHostAddress())
                : address.getHostAddress();
    }
}

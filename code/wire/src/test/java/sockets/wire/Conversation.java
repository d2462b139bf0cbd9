package sockets.wire;

import java.util.List;

/** The TCP segments of one scenario's capture, each marked with the side that sent it. */
record Conversation(List<Segment> segments) {

    /** A segment and whether the client (not the server's port) sent it. */
    record Segment(boolean fromClient, Packet.Tcp tcp) {
        boolean is(String flags) {
            return TcpdumpLine.flags(tcp).equals(flags);
        }

        long end() {
            return tcp.seq() + tcp.sequenceLength();
        }
    }

    static Conversation of(Captures.Scenario scenario) {
        int serverPort = scenario.port("server.port");
        return new Conversation(scenario.packets().stream()
                .flatMap(packet -> packet.tcp().stream())
                .filter(tcp -> tcp.sourcePort() == serverPort || tcp.destinationPort() == serverPort)
                .map(tcp -> new Segment(tcp.destinationPort() == serverPort, tcp))
                .toList());
    }

    List<Segment> from(boolean client) {
        return segments.stream().filter(segment -> segment.fromClient() == client).toList();
    }

    /** The flags of every segment, in order, with the sender: "c:S s:S. c:. ...". */
    String flagsInOrder() {
        var text = new StringBuilder();
        for (var segment : segments) {
            text.append(segment.fromClient() ? "c:" : "s:").append(TcpdumpLine.flags(segment.tcp())).append(' ');
        }
        return text.toString().strip();
    }
}

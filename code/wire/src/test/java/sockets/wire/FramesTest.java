package sockets.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoder, the tcpdump line and the pcap file on frames made by hand, byte by byte as the
 * kernel lays them out: these run everywhere, namespace or not.
 */
class FramesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

    /** An Ethernet frame of zero MACs carrying IPv4 from 127.0.0.1 to 127.0.0.1 and a TCP segment. */
    static byte[] tcpFrame(int from, int to, long seq, long ack, int flags, int window, int payload) {
        var frame = ByteBuffer.allocate(14 + 20 + 20 + payload);
        frame.position(12);
        frame.putShort((short) 0x0800);                       // EtherType IPv4
        frame.put((byte) 0x45).put((byte) 0);                // version 4, IHL 5 words; TOS
        frame.putShort((short) (20 + 20 + payload));         // total length
        frame.putInt(0).put((byte) 64).put((byte) 6);        // id, flags; TTL; protocol TCP
        frame.putShort((short) 0);                           // checksum (not checked)
        frame.put(new byte[] {127, 0, 0, 1}).put(new byte[] {127, 0, 0, 1});
        frame.putShort((short) from).putShort((short) to);
        frame.putInt((int) seq).putInt((int) ack);
        frame.put((byte) (5 << 4)).put((byte) flags);        // data offset 5 words; flags
        frame.putShort((short) window).putInt(0);            // window; checksum, urgent pointer
        return frame.array();
    }

    @Test
    void a_tcp_frame_decodes_to_its_ports_numbers_flags_and_length() {
        var packet = Packet.decode(T0, tcpFrame(46472, 41187, 3_000_000_000L, 7, 0x18, 512, 22)).orElseThrow();
        var tcp = packet.tcp().orElseThrow();
        assertEquals(List.of(46472, 41187), List.of(tcp.sourcePort(), tcp.destinationPort()));
        assertEquals(3_000_000_000L, tcp.seq(), "sequence numbers are unsigned 32-bit");
        assertEquals("P.", TcpdumpLine.flags(tcp));
        assertEquals(22, tcp.payloadLength());
    }

    @Test
    void lines_count_each_sides_sequence_numbers_from_its_first_one() {
        var lines = new TcpdumpLine(T0);
        var syn = Packet.decode(T0, tcpFrame(46472, 41187, 1000, 0, 0x02, 65495, 0)).orElseThrow();
        var synAck = Packet.decode(T0.plusNanos(42_000), tcpFrame(41187, 46472, 9000, 1001, 0x12, 65483, 0)).orElseThrow();
        var data = Packet.decode(T0.plusMillis(1), tcpFrame(41187, 46472, 9001, 1001, 0x18, 64, 22)).orElseThrow();
        assertEquals("0.000000 IP 127.0.0.1.46472 > 127.0.0.1.41187: Flags [S], seq 0, win 65495, length 0", lines.format(syn));
        assertEquals("0.000042 IP 127.0.0.1.41187 > 127.0.0.1.46472: Flags [S.], seq 0, ack 1, win 65483, length 0", lines.format(synAck));
        assertEquals("0.001000 IP 127.0.0.1.41187 > 127.0.0.1.46472: Flags [P.], seq 1:23, ack 1, win 64, length 22", lines.format(data));
    }

    @Test
    void a_pcap_file_is_a_24_byte_header_then_a_16_byte_record_header_per_frame(@TempDir Path folder) throws Exception {
        var frame = tcpFrame(46472, 41187, 1, 1, 0x10, 64, 0);
        var bytes = new ByteArrayOutputStream();
        try (var pcap = new PcapWriter(bytes)) {
            pcap.write(new PacketSocket.Frame(T0.plusNanos(123_456_000), frame));
        }
        assertEquals(24 + 16 + frame.length, bytes.size());
        var file = Files.write(folder.resolve("one.pcap"), bytes.toByteArray());
        var frames = PcapReader.frames(file);
        assertEquals(1, frames.size());
        assertEquals(T0.plusNanos(123_456_000), frames.getFirst().time(), "seconds and microseconds");
        assertArrayEquals(frame, frames.getFirst().bytes());
    }
}

package sockets.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a pcap file back, the other half of {@link PcapWriter}, so tests see what the file holds. */
final class PcapReader {

    private PcapReader() {
    }

    static List<PacketSocket.Frame> frames(Path file) throws IOException {
        var bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        // The magic number, read in either order, says the file's byte order.
        bytes.order(bytes.getInt(0) == PcapWriter.MAGIC ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        if (bytes.getInt(0) != PcapWriter.MAGIC || bytes.getInt(20) != PcapWriter.LINKTYPE_ETHERNET) {
            throw new IOException(file + " is not a pcap file of Ethernet frames");
        }
        var frames = new ArrayList<PacketSocket.Frame>();
        int at = 24;
        while (at + 16 <= bytes.limit()) {
            var time = Instant.ofEpochSecond(Integer.toUnsignedLong(bytes.getInt(at)), bytes.getInt(at + 4) * 1000L);
            int kept = bytes.getInt(at + 8);
            var frame = new byte[kept];
            bytes.get(at + 16, frame);
            frames.add(new PacketSocket.Frame(time, frame));
            at += 16 + kept;
        }
        return frames;
    }

    static List<Packet> packets(Path file) throws IOException {
        var packets = new ArrayList<Packet>();
        for (var frame : frames(file)) {
            Packet.decode(frame.time(), frame.bytes()).ifPresent(packets::add);
        }
        return packets;
    }
}

package sockets.wire;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes frames as a classic pcap file, the format of tcpdump's {@code -w}, which Wireshark and
 * tshark open: a 24-byte file header, then per frame a 16-byte record header and the frame's
 * bytes. Numbers are in this machine's byte order; the magic number tells a reader which.
 */
public final class PcapWriter implements AutoCloseable {

    // tag::header[]
    static final int MAGIC = 0xa1b2c3d4;         // microsecond timestamps
    static final int SNAPLEN = 262_144;          // the longest frame a record may hold
    static final int LINKTYPE_ETHERNET = 1;      // each record is an Ethernet frame, as lo gives

    private final OutputStream out;
    private final ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.nativeOrder());

    public PcapWriter(OutputStream out) throws IOException {
        this.out = out;
        header.putInt(MAGIC)
                .putShort((short) 2).putShort((short) 4)  // version 2.4
                .putInt(0)                                // time zone: UTC
                .putInt(0)                                // accuracy of timestamps: unused
                .putInt(SNAPLEN)
                .putInt(LINKTYPE_ETHERNET);
        out.write(header.array());
    }
    // end::header[]

    /** A writer to a new file (its folder is made if missing). */
    public static PcapWriter create(Path file) throws IOException {
        var folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        return new PcapWriter(new BufferedOutputStream(Files.newOutputStream(file)));
    }

    // tag::record[]
    /** One frame: when it crossed, how many bytes are kept and how many there were, the bytes. */
    public void write(PacketSocket.Frame frame) throws IOException {
        var record = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
        int kept = Math.min(frame.bytes().length, SNAPLEN);
        record.putInt((int) frame.time().getEpochSecond())
                .putInt(frame.time().getNano() / 1000)
                .putInt(kept)
                .putInt(frame.bytes().length);
        out.write(record.array());
        out.write(frame.bytes(), 0, kept);
    }
    // end::record[]

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

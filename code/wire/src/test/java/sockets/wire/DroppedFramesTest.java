package sockets.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A capture can lose frames: when its packet socket's receive buffer is full, the kernel drops
 * what comes and says so only in PACKET_STATISTICS, which the capture reads and prints.
 */
class DroppedFramesTest {

    @Test
    void a_packet_socket_nobody_reads_counts_the_frames_the_kernel_dropped() {
        var flood = Captures.facts("flood");
        long packets = Long.parseLong(flood.getProperty("packets"));
        long drops = Long.parseLong(flood.getProperty("drops"));
        assertTrue(drops > 0, "32 MiB overflow the receive buffer: " + flood);
        assertTrue(packets > drops, "tp_packets counts the frames queued and the frames dropped: " + flood);
    }

    @Test
    void the_receive_buffer_read_back_is_what_the_kernel_gave_not_what_was_asked() {
        // socket(7): the kernel caps the size asked for at net.core.rmem_max, silently, and
        // doubles what it keeps, for its own bookkeeping.
        var flood = Captures.facts("flood");
        long cap = Long.parseLong(flood.getProperty("rmem_max"));
        assertEquals(2 * Math.min(cap, PacketSocket.WANTED_BUFFER), Long.parseLong(flood.getProperty("receive.buffer")),
                flood::toString);
    }
}

package sockets.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A capture in progress: a thread reads every frame from the packet socket, keeps it and
 * writes it to the pcap file at once, so that a file cut short (Ctrl-C) still holds what came.
 */
public final class Recording implements AutoCloseable {

    private final PacketSocket socket;
    private final PcapWriter pcap;
    private final List<PacketSocket.Frame> frames = new ArrayList<>();
    private final Thread reader;
    private volatile boolean stopping;
    private volatile IOException failure;
    private long lastFrameNanos = System.nanoTime();
    private long kernelPackets;
    private long kernelDrops;

    private Recording(PacketSocket socket, PcapWriter pcap) {
        this.socket = socket;
        this.pcap = pcap;
        this.reader = Thread.ofPlatform().name("capture").daemon().start(this::readUntilStopped);
    }

    /** Starts reading; the socket must be open before the programs start, or packets are lost. */
    public static Recording start(PacketSocket socket, PcapWriter pcap) {
        return new Recording(socket, pcap);
    }

    private void readUntilStopped() {
        try {
            while (!stopping) {
                Optional<PacketSocket.Frame> frame = socket.receive();
                if (frame.isPresent()) {
                    synchronized (this) {
                        frames.add(frame.get());
                        pcap.write(frame.get());
                        lastFrameNanos = System.nanoTime();
                        notifyAll();
                    }
                }
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    /**
     * Waits until no frame has come for {@code quiet} (the conversation is over: the last ACK
     * has crossed), but no longer than {@code atMost}.
     */
    public synchronized void awaitQuiet(Duration quiet, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            long now = System.nanoTime();
            long quietUntil = lastFrameNanos + quiet.toNanos();
            if (now >= quietUntil || now >= deadline) {
                return;
            }
            wait(Math.max(1, (Math.min(quietUntil, deadline) - now) / 1_000_000));
        }
    }

    /** A copy of the frames so far, in the order they came. */
    public synchronized List<PacketSocket.Frame> frames() {
        return List.copyOf(frames);
    }

    /** The packets so far, decoded; frames that are not IP (none on lo) are left out. */
    public List<Packet> packets() {
        var packets = new ArrayList<Packet>();
        for (var frame : frames()) {
            Packet.decode(frame.time(), frame.bytes()).ifPresent(packets::add);
        }
        return packets;
    }

    /**
     * What the kernel counted so far: the frames that reached the packet socket and those it
     * dropped because the receive buffer was full (the kernel resets its counts at each read,
     * so they are summed here). A capture that is missing packets says so only here.
     */
    public synchronized PacketSocket.Statistics statistics() {
        try {
            var now = socket.statistics();
            kernelPackets += now.packets();
            kernelDrops += now.drops();
        } catch (IOException e) {
            failure = e;
        }
        return new PacketSocket.Statistics(kernelPackets, kernelDrops);
    }

    /** The receive buffer the kernel gave the packet socket, in bytes. */
    public int receiveBuffer() {
        return socket.receiveBuffer();
    }

    /** Puts what was written so far into the file. */
    public synchronized void flush() {
        try {
            pcap.flush();
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Stops reading, closes the socket and the file; the frames stay readable. */
    @Override
    public void close() throws IOException {
        stopping = true;
        try {
            reader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socket.close();
        synchronized (this) {
            pcap.close();
        }
        if (failure != null) {
            throw new UncheckedIOException("the capture stopped early", failure);
        }
    }
}

package sockets.wire;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * One frame decoded: the IP addresses and what IP carried, TCP, UDP or ICMP, down to the fields
 * a tcpdump line shows. A frame on {@code lo} is an Ethernet frame with zero MAC addresses: 14
 * bytes of Ethernet header (the type at bytes 12-13), then the IP header, then TCP or UDP.
 */
public record Packet(Instant time, InetAddress source, InetAddress destination, Transport transport) {

    /** What the IP packet carried. */
    public sealed interface Transport permits Tcp, Udp, Icmp {
    }

    /** A TCP segment: ports, sequence and acknowledgement numbers, flags, window, payload. */
    public record Tcp(int sourcePort, int destinationPort, long seq, long ack, int flags,
            int window, int payloadLength) implements Transport {
        public static final int FIN = 0x01;
        public static final int SYN = 0x02;
        public static final int RST = 0x04;
        public static final int PSH = 0x08;
        public static final int ACK = 0x10;

        public boolean has(int flag) {
            return (flags & flag) != 0;
        }

        /** The sequence space this segment takes: its bytes, plus one for a SYN and for a FIN. */
        public long sequenceLength() {
            return payloadLength + (has(SYN) ? 1 : 0) + (has(FIN) ? 1 : 0);
        }
    }

    /** A UDP datagram: ports and payload length. */
    public record Udp(int sourcePort, int destinationPort, int payloadLength) implements Transport {
    }

    /**
     * An ICMP (or ICMPv6) message. An error quotes the start of the packet it answers: for a
     * datagram to a closed port, its UDP ports.
     */
    public record Icmp(int type, int code, boolean v6, Optional<Udp> quotedUdp) implements Transport {
        /** Destination unreachable, port unreachable: ICMP 3/3, ICMPv6 1/4. */
        public boolean isPortUnreachable() {
            return v6 ? type == 1 && code == 4 : type == 3 && code == 3;
        }
    }

    private static final int ETHERNET_HEADER = 14;
    private static final int IPV4 = 0x0800;
    private static final int IPV6 = 0x86dd;
    private static final int PROTOCOL_ICMP = 1;
    private static final int PROTOCOL_TCP = 6;
    private static final int PROTOCOL_UDP = 17;
    private static final int PROTOCOL_ICMPV6 = 58;

    // tag::decode[]
    /** The packet in a frame, or empty for what is neither TCP, UDP nor ICMP over IP (ARP...). */
    public static Optional<Packet> decode(Instant time, byte[] frame) {
        var bytes = ByteBuffer.wrap(frame); // network byte order: big-endian, Java's default
        if (frame.length < ETHERNET_HEADER + 20) {
            return Optional.empty();
        }
        int etherType = Short.toUnsignedInt(bytes.getShort(12));
        int ip = ETHERNET_HEADER;
        if (etherType == IPV4) {
            int headerLength = (bytes.get(ip) & 0x0f) * 4;  // IHL counts 32-bit words
            int totalLength = Short.toUnsignedInt(bytes.getShort(ip + 2));
            int protocol = Byte.toUnsignedInt(bytes.get(ip + 9));
            var transport = transport(bytes, protocol, ip + headerLength, ip + totalLength, false);
            return transport.map(t -> new Packet(time,
                    address(frame, ip + 12, 4), address(frame, ip + 16, 4), t));
        }
        if (etherType == IPV6 && frame.length >= ETHERNET_HEADER + 40) {
            int payloadLength = Short.toUnsignedInt(bytes.getShort(ip + 4));
            int nextHeader = Byte.toUnsignedInt(bytes.get(ip + 6));
            var transport = transport(bytes, nextHeader, ip + 40, ip + 40 + payloadLength, true);
            return transport.map(t -> new Packet(time,
                    address(frame, ip + 8, 16), address(frame, ip + 24, 16), t));
        }
        return Optional.empty();
    }

    /** TCP, UDP or ICMP from {@code start} to {@code end} (the end of the IP packet). */
    private static Optional<Transport> transport(ByteBuffer bytes, int protocol,
            int start, int end, boolean v6) {
        switch (protocol) {
            case PROTOCOL_TCP -> {
                int headerLength = (Byte.toUnsignedInt(bytes.get(start + 12)) >> 4) * 4;
                return Optional.of(new Tcp(
                        Short.toUnsignedInt(bytes.getShort(start)),
                        Short.toUnsignedInt(bytes.getShort(start + 2)),
                        Integer.toUnsignedLong(bytes.getInt(start + 4)),
                        Integer.toUnsignedLong(bytes.getInt(start + 8)),
                        Byte.toUnsignedInt(bytes.get(start + 13)),
                        Short.toUnsignedInt(bytes.getShort(start + 14)),
                        end - start - headerLength));
            }
            case PROTOCOL_UDP -> {
                return Optional.of(udp(bytes, start));
            }
            case PROTOCOL_ICMP, PROTOCOL_ICMPV6 -> {
                int type = Byte.toUnsignedInt(bytes.get(start));
                int code = Byte.toUnsignedInt(bytes.get(start + 1));
                // An error quotes the IP header it answers after its own 8 bytes, then 8 bytes
                // of that packet's payload: the UDP header, ports first.
                int quoted = start + 8;
                Optional<Udp> udp = Optional.empty();
                if (end - quoted >= (v6 ? 48 : 28)) {
                    int quotedProtocol = Byte.toUnsignedInt(bytes.get(quoted + (v6 ? 6 : 9)));
                    int quotedHeader = v6 ? 40 : (bytes.get(quoted) & 0x0f) * 4;
                    if (quotedProtocol == PROTOCOL_UDP) {
                        udp = Optional.of(udp(bytes, quoted + quotedHeader));
                    }
                }
                return Optional.of(new Icmp(type, code, v6, udp));
            }
            default -> {
                return Optional.empty();
            }
        }
    }
    // end::decode[]

    private static Udp udp(ByteBuffer bytes, int start) {
        return new Udp(Short.toUnsignedInt(bytes.getShort(start)),
                Short.toUnsignedInt(bytes.getShort(start + 2)),
                Short.toUnsignedInt(bytes.getShort(start + 4)) - 8);
    }

    private static InetAddress address(byte[] frame, int offset, int length) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(frame, offset, offset + length));
        } catch (UnknownHostException impossible) {
            throw new IllegalArgumentException("not an address length: " + length, impossible);
        }
    }

    /** The TCP segment, if this packet is one. */
    public Optional<Tcp> tcp() {
        return transport instanceof Tcp tcp ? Optional.of(tcp) : Optional.empty();
    }
}

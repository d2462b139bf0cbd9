package sockets.ch14;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;

/**
 * C's {@code struct sockaddr_in} from {@code <netinet/in.h>}: an IPv4 address and port as the
 * 16 bytes that {@code bind}, {@code accept} and {@code getsockname} read and write.
 */
final class SockaddrIn {

    // tag::layout[]
    // struct sockaddr_in {
    //     sa_family_t    sin_family;   /* AF_INET, in the machine's own byte order */
    //     in_port_t      sin_port;     /* the port in network byte order: htons(port) */
    //     struct in_addr sin_addr;     /* 4 bytes of address, network byte order */
    //     unsigned char  sin_zero[8];  /* zeros, to the size of struct sockaddr */
    // };
    static final StructLayout LAYOUT = MemoryLayout.structLayout(
            JAVA_SHORT.withName("sin_family"),
            JAVA_SHORT.withName("sin_port"),
            MemoryLayout.sequenceLayout(4, JAVA_BYTE).withName("sin_addr"),
            MemoryLayout.sequenceLayout(8, JAVA_BYTE).withName("sin_zero"));

    private static final VarHandle SIN_FAMILY = LAYOUT.varHandle(groupElement("sin_family"));
    private static final VarHandle SIN_PORT = LAYOUT.varHandle(groupElement("sin_port"));
    private static final long SIN_ADDR = LAYOUT.byteOffset(groupElement("sin_addr"));
    // end::layout[]

    private SockaddrIn() {
    }

    // tag::write[]
    /** A sockaddr_in for bind(2): what C fills in by hand before the call. */
    static MemorySegment of(Arena arena, Inet4Address host, int port) {
        // Memory from an arena starts zeroed: sin_zero needs no memset.
        var sockaddr = arena.allocate(LAYOUT);
        SIN_FAMILY.set(sockaddr, 0L, (short) Libc.AF_INET);
        SIN_PORT.set(sockaddr, 0L, htons(port));
        // getAddress() is already in network order: 127.0.0.1 is the bytes 127, 0, 0, 1.
        MemorySegment.copy(host.getAddress(), 0, sockaddr, JAVA_BYTE, SIN_ADDR, 4);
        return sockaddr;
    }
    // end::write[]

    /** Room for the sockaddr_in that accept(2) or getsockname(2) fills in. */
    static MemorySegment empty(Arena arena) {
        return arena.allocate(LAYOUT);
    }

    // tag::read[]
    /** What accept(2) or getsockname(2) wrote, as Java's address and port. */
    static InetSocketAddress read(MemorySegment sockaddr) {
        var family = (short) SIN_FAMILY.get(sockaddr, 0L);
        if (family != Libc.AF_INET) {
            throw new IllegalArgumentException("not an AF_INET address: family " + family);
        }
        var address = new byte[4];
        MemorySegment.copy(sockaddr, JAVA_BYTE, SIN_ADDR, address, 0, 4);
        var port = ntohs((short) SIN_PORT.get(sockaddr, 0L));
        try {
            return new InetSocketAddress(InetAddress.getByAddress(address), port);
        } catch (UnknownHostException cannotHappen) {
            throw new IllegalArgumentException("4 bytes are an IPv4 address", cannotHappen);
        }
    }
    // end::read[]

    // tag::htons[]
    /** C's htons: the port's two bytes in network order (big-endian) in a native short. */
    static short htons(int port) {
        if (ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN) {
            return (short) port;
        }
        // x86_64 and aarch64 are little-endian: the low byte goes first, so swap the two.
        return (short) (((port & 0xFF) << 8) | ((port >>> 8) & 0xFF));
    }

    /** C's ntohs: the same swap back; & 0xFFFF, because a port above 32767 is no short. */
    static int ntohs(short networkOrder) {
        return htons(networkOrder & 0xFFFF) & 0xFFFF;
    }
    // end::htons[]
}

package sockets.ch14.exercises;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;

/**
 * C's {@code struct sockaddr_in6} from {@code <netinet/in.h>}, the IPv6 form of the chapter's
 * {@code sockaddr_in}: what {@code bind} and {@code accept} read and write for an
 * {@code AF_INET6} socket.
 *
 * <pre>
 * struct sockaddr_in6 {
 *     sa_family_t     sin6_family;    // AF_INET6, which is 10 on Linux; host order
 *     in_port_t       sin6_port;      // network order
 *     uint32_t        sin6_flowinfo;  // network order
 *     struct in6_addr sin6_addr;      // 16 bytes, network order
 *     uint32_t        sin6_scope_id;  // the interface index of a link-local address; host order
 * };
 * </pre>
 */
public final class SockaddrIn6 {

    /** AF_INET6 on Linux. */
    public static final short AF_INET6 = 10;

    // The network-order fields say so in their layout: the VarHandles then swap for us, as
    // htons and htonl would. The others keep the machine's own order.
    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            JAVA_SHORT.withName("sin6_family"),
            JAVA_SHORT.withOrder(ByteOrder.BIG_ENDIAN).withName("sin6_port"),
            JAVA_INT.withOrder(ByteOrder.BIG_ENDIAN).withName("sin6_flowinfo"),
            MemoryLayout.sequenceLayout(16, JAVA_BYTE).withName("sin6_addr"),
            JAVA_INT.withOrder(ByteOrder.BIG_ENDIAN).withName("sin6_scope_id"));

    private static final VarHandle FAMILY = LAYOUT.varHandle(groupElement("sin6_family"));
    private static final VarHandle PORT = LAYOUT.varHandle(groupElement("sin6_port"));
    private static final VarHandle SCOPE_ID = LAYOUT.varHandle(groupElement("sin6_scope_id"));
    private static final long ADDRESS = LAYOUT.byteOffset(groupElement("sin6_addr"));

    private SockaddrIn6() {
    }

    /** A zeroed sockaddr_in6 in the arena, filled in with the address, port and scope id. */
    public static MemorySegment of(Arena arena, Inet6Address host, int port, int scopeId) {
        var sockaddr = arena.allocate(LAYOUT);
        FAMILY.set(sockaddr, 0L, AF_INET6);
        PORT.set(sockaddr, 0L, (short) port);
        // sin6_flowinfo stays 0, as arena memory starts.
        MemorySegment.copy(host.getAddress(), 0, sockaddr, JAVA_BYTE, ADDRESS, 16);
        SCOPE_ID.set(sockaddr, 0L, scopeId);
        return sockaddr;
    }

    /** What accept(2) wrote: the address and port; IllegalArgumentException if not AF_INET6. */
    public static InetSocketAddress read(MemorySegment sockaddr) {
        var family = (short) FAMILY.get(sockaddr, 0L);
        if (family != AF_INET6) {
            throw new IllegalArgumentException("not an AF_INET6 address: family " + family);
        }
        var address = new byte[16];
        MemorySegment.copy(sockaddr, JAVA_BYTE, ADDRESS, address, 0, 16);
        // A port above 32767 is a negative short: & 0xFFFF makes it the port again.
        var port = (short) PORT.get(sockaddr, 0L) & 0xFFFF;
        try {
            return new InetSocketAddress(InetAddress.getByAddress(address), port);
        } catch (UnknownHostException cannotHappen) {
            throw new IllegalArgumentException("16 bytes are always an IPv6 address", cannotHappen);
        }
    }
}

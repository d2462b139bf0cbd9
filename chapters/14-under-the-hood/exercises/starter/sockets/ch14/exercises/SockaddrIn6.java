package sockets.ch14.exercises;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.net.Inet6Address;
import java.net.InetSocketAddress;

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

    // TODO(exercise): name the five fields as in C: sin6_family, sin6_port, sin6_flowinfo,
    // sin6_addr, sin6_scope_id.
    public static final StructLayout LAYOUT = MemoryLayout.structLayout();

    private SockaddrIn6() {
    }

    /** A zeroed sockaddr_in6 in the arena, filled in with the address, port and scope id. */
    public static MemorySegment of(Arena arena, Inet6Address host, int port, int scopeId) {
        // TODO(exercise): allocate LAYOUT and set each field; mind which are in network order.
        throw new UnsupportedOperationException("SockaddrIn6.of is not written yet");
    }

    /** What accept(2) wrote: the address and port; IllegalArgumentException if not AF_INET6. */
    public static InetSocketAddress read(MemorySegment sockaddr) {
        // TODO(exercise): check the family, then read the address bytes and the port.
        throw new UnsupportedOperationException("SockaddrIn6.read is not written yet");
    }
}

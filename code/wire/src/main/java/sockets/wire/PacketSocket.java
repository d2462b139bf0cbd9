package sockets.wire;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import java.util.Optional;

/**
 * A packet socket, {@code socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL))}: the kernel hands it a
 * copy of every frame that crosses any interface of its network namespace, as tcpdump's libpcap
 * asks for. Java has no such socket, so this class calls the C library through the FFM API, as
 * chapter 14 does. Opening one needs CAP_NET_RAW, which a private namespace gives
 * ({@link Namespace}).
 */
public final class PacketSocket implements AutoCloseable {

    /** One frame as it crossed the wire, and when the capture read it. */
    public record Frame(Instant time, byte[] bytes) {
    }

    /**
     * What the kernel counted for this socket since the last call: the frames that reached it,
     * those it could not queue (the receive buffer was full) included, and those dropped.
     */
    public record Statistics(long packets, long drops) {
    }

    // From <linux/if_ether.h>, <linux/if_packet.h>, <asm-generic/socket.h>, <asm-generic/sockios.h>.
    private static final int AF_PACKET = 17;
    private static final int SOCK_RAW = 3;
    private static final short ETH_P_ALL = 0x0003;
    private static final int SOL_SOCKET = 1;
    private static final int SO_RCVBUF = 8;
    private static final int SO_RCVTIMEO = 20;
    private static final int SOL_PACKET = 263;
    private static final int PACKET_STATISTICS = 6;
    /** What the capture asks for; the kernel caps it at net.core.rmem_max, silently. */
    static final int WANTED_BUFFER = 4 << 20;
    private static final byte PACKET_OUTGOING = 4;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;
    /** Loopback's MTU is 65536; a frame is that plus its 14-byte Ethernet header. */
    static final int MAX_FRAME = 65_536 + 14;

    // tag::functions[]
    private static final Linker LINKER = Linker.nativeLinker();
    private static final Linker.Option SAVE_ERRNO = Linker.Option.captureCallState("errno");
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(PathElement.groupElement("errno"));

    // int socket(int domain, int type, int protocol);
    private static final MethodHandle SOCKET = function("socket",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    // int setsockopt(int fd, int level, int name, const void *value, socklen_t length);
    private static final MethodHandle SETSOCKOPT = function("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    // int getsockopt(int fd, int level, int name, void *value, socklen_t *length);
    private static final MethodHandle GETSOCKOPT = function("getsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    // ssize_t recvfrom(int fd, void *buf, size_t len, int flags,
    //                  struct sockaddr *from, socklen_t *fromlen);
    private static final MethodHandle RECVFROM = function("recvfrom",
            FunctionDescriptor.of(JAVA_LONG,
                    JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS));
    // int close(int fd);
    private static final MethodHandle CLOSE = function("close",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    // end::functions[]

    private final int fd;
    private int receiveBuffer;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment buffer = arena.allocate(MAX_FRAME);
    // struct sockaddr_ll: family, protocol, ifindex, hatype, pkttype (byte 10), halen, addr[8]
    private final MemorySegment from = arena.allocate(20);
    private final MemorySegment fromLength = arena.allocate(JAVA_INT);
    private final MemorySegment callState = arena.allocate(CALL_STATE);

    private PacketSocket(int fd) {
        this.fd = fd;
    }

    // tag::open[]
    /**
     * Opens the socket; every read waits at most {@code timeoutMillis}, so that a capture can
     * check whether it should stop.
     */
    public static PacketSocket open(int timeoutMillis) throws IOException {
        try (var arena = Arena.ofConfined()) {
            var state = arena.allocate(CALL_STATE);
            // The protocol is in network byte order: htons(ETH_P_ALL) is 0x0300 on x86 and ARM.
            int fd = (int) SOCKET.invokeExact(state, AF_PACKET, SOCK_RAW,
                    (int) Short.reverseBytes(ETH_P_ALL));
            check("socket(AF_PACKET)", fd, state);
            var socket = new PacketSocket(fd);
            // A larger receive buffer: every packet on lo arrives twice, and a burst must fit.
            // The kernel takes at most net.core.rmem_max (208 KiB by default) without a word,
            // and doubles what it takes for its own bookkeeping (socket(7)): read it back.
            var size = arena.allocate(JAVA_INT);
            size.set(JAVA_INT, 0, WANTED_BUFFER);
            check("setsockopt(SO_RCVBUF)",
                    (int) SETSOCKOPT.invokeExact(state, fd, SOL_SOCKET, SO_RCVBUF, size, 4), state);
            socket.receiveBuffer = socket.option(SOL_SOCKET, SO_RCVBUF, 1)[0];
            // struct timeval { long tv_sec; long tv_usec; }: the longest one recvfrom may wait
            var timeout = arena.allocate(16);
            timeout.set(JAVA_LONG, 0, timeoutMillis / 1000);
            timeout.set(JAVA_LONG, 8, (timeoutMillis % 1000) * 1000L);
            check("setsockopt(SO_RCVTIMEO)",
                    (int) SETSOCKOPT.invokeExact(state, fd, SOL_SOCKET, SO_RCVTIMEO, timeout, 16),
                    state);
            return socket;
        } catch (IOException e) {
            throw e;
        } catch (Throwable bug) {
            throw new IllegalStateException("calling the C library failed in the JVM", bug);
        }
    }
    // end::open[]

    // tag::receive[]
    /**
     * The next frame, or empty if none came within the timeout. Loopback hands a packet socket
     * each packet twice, as it leaves (PACKET_OUTGOING) and as it arrives (PACKET_HOST); the
     * outgoing copy is skipped, as tcpdump does.
     */
    public Optional<Frame> receive() throws IOException {
        try {
            while (true) {
                fromLength.set(JAVA_INT, 0, (int) from.byteSize());
                long length = (long) RECVFROM.invokeExact(callState, fd,
                        buffer, buffer.byteSize(), 0, from, fromLength);
                if (length < 0) {
                    int errno = (int) ERRNO.get(callState, 0L);
                    if (errno == EAGAIN) {
                        return Optional.empty(); // SO_RCVTIMEO ran out
                    }
                    if (errno == EINTR) {
                        continue;
                    }
                    throw new IOException("recvfrom on the packet socket failed: errno " + errno);
                }
                if (from.get(JAVA_BYTE, 10) == PACKET_OUTGOING) {
                    continue;
                }
                // The time is when we read the frame. The kernel's own stamp (SIOCGSTAMP) put
                // packets out of order on lo: TCP uses a packet's time field for its pacing.
                return Optional.of(new Frame(Instant.now(),
                        buffer.asSlice(0, length).toArray(JAVA_BYTE)));
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable bug) {
            throw new IllegalStateException("calling the C library failed in the JVM", bug);
        }
    }
    // end::receive[]

    /** The receive buffer the kernel really gave, in bytes, as getsockopt(SO_RCVBUF) says. */
    public int receiveBuffer() {
        return receiveBuffer;
    }

    /**
     * The kernel's counts since the last call, which resets them (PACKET_STATISTICS,
     * {@code struct tpacket_stats { unsigned int tp_packets, tp_drops; }}): a frame that came
     * while the receive buffer was full is dropped, and only this count says so.
     */
    public Statistics statistics() throws IOException {
        var stats = option(SOL_PACKET, PACKET_STATISTICS, 2);
        return new Statistics(Integer.toUnsignedLong(stats[0]), Integer.toUnsignedLong(stats[1]));
    }

    /** getsockopt(2) of an option that is {@code ints} C ints, in memory of its own. */
    private int[] option(int level, int name, int ints) throws IOException {
        try (var local = Arena.ofConfined()) {
            var state = local.allocate(CALL_STATE);
            var value = local.allocate(JAVA_INT, ints);
            var length = local.allocate(JAVA_INT);
            length.set(JAVA_INT, 0, ints * 4);
            check("getsockopt", (int) GETSOCKOPT.invokeExact(state, fd, level, name, value, length), state);
            return value.toArray(JAVA_INT);
        } catch (IOException e) {
            throw e;
        } catch (Throwable bug) {
            throw new IllegalStateException("calling the C library failed in the JVM", bug);
        }
    }

    @Override
    public void close() {
        try {
            int ignored = (int) CLOSE.invokeExact(callState, fd);
        } catch (Throwable bug) {
            throw new IllegalStateException("calling close failed in the JVM", bug);
        } finally {
            arena.close();
        }
    }

    private static void check(String call, int result, MemorySegment state) throws IOException {
        if (result == -1) {
            int errno = (int) ERRNO.get(state, 0L);
            throw new IOException(call + " failed: errno " + errno
                    + (errno == 1 ? " (EPERM: it needs CAP_NET_RAW, which a private network namespace gives)" : ""));
        }
    }

    /** A downcall handle for a function of the C library, saving errno after each call. */
    private static MethodHandle function(String name, FunctionDescriptor signature) {
        var address = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("no C function " + name));
        return LINKER.downcallHandle(address, signature, SAVE_ERRNO);
    }
}

package sockets.ch14.exercises;

/**
 * C's {@code htonl} and {@code ntohl} for a 32-bit value, such as an IPv4 address held as an
 * int ({@code INADDR_LOOPBACK} is {@code 0x7F000001}) or {@code sin6_flowinfo}.
 */
public final class Htonl {

    private Htonl() {
    }

    /**
     * The int which, stored in memory the way this machine stores ints, has the four bytes of
     * {@code hostOrder} in network order: most significant byte first.
     */
    public static int htonl(int hostOrder) {
        // Java's ints are big-endian: most significant byte first already.
        return hostOrder;
    }

    /** The inverse: the value of four bytes in network order that were read as a native int. */
    public static int ntohl(int networkOrder) {
        // Swapping is its own inverse (and Integer.reverseBytes does the same in one call).
        return htonl(networkOrder);
    }
}

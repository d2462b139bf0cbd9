package sockets.wire;

/**
 * The states of a TCP socket as the kernel numbers them in {@code /proc/net/tcp} (the
 * {@code st} column, in hex): the enum in Linux's {@code include/net/tcp_states.h}, in order.
 */
public enum TcpState {
    ESTABLISHED, SYN_SENT, SYN_RECV, FIN_WAIT1, FIN_WAIT2, TIME_WAIT, CLOSE, CLOSE_WAIT,
    LAST_ACK, LISTEN, CLOSING, NEW_SYN_RECV;

    /** The state whose code {@code /proc/net/tcp} prints, 01 to 0C. */
    public static TcpState ofCode(int code) {
        if (code < 1 || code > values().length) {
            throw new IllegalArgumentException("no TCP state has the code " + code);
        }
        return values()[code - 1];
    }

    /**
     * Whether a socket in this state without a file descriptor is still waiting in a
     * listener's accept queue: the kernel finished (or is finishing) its handshake, and no
     * {@code accept()} has given it a descriptor yet.
     */
    boolean queuedWhenUnowned() {
        return this == ESTABLISHED || this == SYN_RECV || this == CLOSE_WAIT;
    }
}

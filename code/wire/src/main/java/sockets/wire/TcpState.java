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
     * Where a socket in this state is when no file descriptor refers to it (inode 0).
     * SYN_RECV: half-open, a request in the listener's SYN queue waiting for the client's ACK
     * (the kernel prints those rows itself, get_openreq4 in net/ipv4/tcp_ipv4.c, with the
     * state SYN_RECV and the inode 0); only a TCP Fast Open connection is put in the accept
     * queue in that state, and the row does not tell it apart. ESTABLISHED or CLOSE_WAIT: the
     * handshake is done, and the connection waits in the accept queue for {@code accept()}.
     * Any other state: its program closed it, and the kernel finishes the connection.
     */
    String whereUnowned() {
        return switch (this) {
            case SYN_RECV, NEW_SYN_RECV -> "(half-open, in the SYN queue)";
            case ESTABLISHED, CLOSE_WAIT -> "(in the accept queue)";
            default -> "(closed, kept by the kernel)";
        };
    }
}

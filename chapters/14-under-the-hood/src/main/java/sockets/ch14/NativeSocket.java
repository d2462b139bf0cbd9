package sockets.ch14;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.net.InetSocketAddress;

/**
 * A socket as C holds it: a file descriptor, the small int that {@code socket(2)} or
 * {@code accept(2)} returned. It indexes the process's table of open files, which you can list
 * in {@code /proc/self/fd}; the socket itself lives in the kernel. Closing it is
 * {@code close(2)}, so try-with-resources gives the descriptor back.
 */
final class NativeSocket implements AutoCloseable {

    private final int fd;
    private boolean closed;

    NativeSocket(int fd) {
        this.fd = fd;
    }

    /** The descriptor, to pass to the C calls. */
    int fd() {
        return fd;
    }

    /** getsockname(2): the address and port the kernel bound this socket to. */
    InetSocketAddress localAddress() throws ErrnoException {
        try (var arena = Arena.ofConfined()) {
            var bound = SockaddrIn.empty(arena);
            var length = arena.allocateFrom(JAVA_INT, (int) bound.byteSize());
            Libc.getsockname(fd, bound, length);
            return SockaddrIn.read(bound);
        }
    }

    boolean isClosed() {
        return closed;
    }

    // tag::close[]
    @Override
    public void close() throws ErrnoException {
        // Once only. The kernel gives the lowest free number to the next socket or file,
        // so a second close(fd) would close whatever was opened since under the same
        // number: in C, a classic bug that closes another thread's file.
        if (closed) {
            return;
        }
        closed = true;
        // close(2): the descriptor is free again. For a connection the kernel sends a FIN;
        // a listener stops taking handshakes and resets those still in its queue.
        Libc.close(fd);
    }
    // end::close[]

    @Override
    public String toString() {
        return "socket on descriptor " + fd + (closed ? " (closed)" : "");
    }
}

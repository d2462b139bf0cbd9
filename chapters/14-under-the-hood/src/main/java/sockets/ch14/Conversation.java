package sockets.ch14;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One client's turn at the greeting server, on its file descriptor: write the greeting, then
 * wait, for a bounded time and a bounded number of bytes, for the client to hang up. The same
 * protocol and the same limits as chapter 04's {@code GreetingServer.greet}.
 */
final class Conversation {

    /** The client has nothing to say; this much is read and thrown away, then it is dropped. */
    static final int MOST_BYTES_IGNORED = 1024;
    private static final int BUFFER_SIZE = 256;

    // tag::timeval[]
    // struct timeval { time_t tv_sec; suseconds_t tv_usec; }: two longs on 64-bit Linux.
    static final StructLayout TIMEVAL = MemoryLayout.structLayout(
            JAVA_LONG.withName("tv_sec"), JAVA_LONG.withName("tv_usec"));
    private static final VarHandle TV_SEC = TIMEVAL.varHandle(groupElement("tv_sec"));
    private static final VarHandle TV_USEC = TIMEVAL.varHandle(groupElement("tv_usec"));
    // end::timeval[]

    private Conversation() {
    }

    // tag::greet[]
    /** Greets the client and waits for it to hang up; if it misbehaves, says how. */
    static Optional<String> greet(NativeSocket connection, String remote, Duration patience,
            Arena arena) {
        var greeting = ("hello " + remote + "\n").getBytes(StandardCharsets.US_ASCII);
        var deadline = System.nanoTime() + patience.toNanos();
        try {
            var out = arena.allocateFrom(JAVA_BYTE, greeting);
            // write(2) may take fewer bytes than offered: write the rest until none is left.
            for (long written = 0; written < out.byteSize(); ) {
                written += Libc.write(connection.fd(), out.asSlice(written));
            }
            var ignored = arena.allocate(BUFFER_SIZE);
            var timeout = arena.allocate(TIMEVAL);
            for (long total = 0; total <= MOST_BYTES_IGNORED; ) {
                // SO_RCVTIMEO: read(2) fails with EAGAIN if nothing comes within the time
                // that is left. A zero timeval means "wait forever": hence at least 1 ms.
                var micros = Math.max(1_000, (deadline - System.nanoTime()) / 1_000);
                TV_SEC.set(timeout, 0L, micros / 1_000_000);
                TV_USEC.set(timeout, 0L, micros % 1_000_000);
                Libc.setsockopt(connection.fd(), Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, timeout);
                // read(2) returns 0 at the client's FIN: it hung up, as it should.
                var n = Libc.read(connection.fd(), ignored);
                if (n == 0) {
                    return Optional.empty();
                }
                total += n;
            }
            return Optional.of("it sent more than " + MOST_BYTES_IGNORED + " bytes");
        } catch (ErrnoException e) {
            return Optional.of(e.isTimeout()
                    ? "it did not hang up within " + shown(patience)
                    : e.call() + " failed: " + e.getMessage());
        }
    }
    // end::greet[]

    private static String shown(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }
}

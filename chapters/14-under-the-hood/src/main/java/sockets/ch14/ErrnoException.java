package sockets.ch14;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Map;

/**
 * A C call that returned -1, with the errno it left. The message is the C library's own
 * text for that errno, from {@code strerror(3)}, and the errno's name from
 * {@code <errno.h>}: "address already in use (EADDRINUSE)".
 */
final class ErrnoException extends IOException {

    private static final long serialVersionUID = 1L;

    // From <errno.h>: the same numbers on Linux x86_64 and aarch64.
    static final int EINTR = 4;
    static final int EAGAIN = 11;
    private static final Map<Integer, String> NAMES = Map.of(
            EINTR, "EINTR", 9, "EBADF", EAGAIN, "EAGAIN", 13, "EACCES", 24, "EMFILE",
            32, "EPIPE", 98, "EADDRINUSE", 99, "EADDRNOTAVAIL", 104, "ECONNRESET",
            103, "ECONNABORTED");

    // char *strerror(int errnum); it returns a pointer to a string the C library owns.
    private static final MethodHandle STRERROR = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("strerror").orElseThrow(),
            FunctionDescriptor.of(ADDRESS, JAVA_INT));

    /** The longest message strerror returns is far shorter; only this much is read. */
    private static final int LONGEST_MESSAGE = 256;

    private final String call;
    private final int errno;

    ErrnoException(String call, int errno) {
        super(describe(errno));
        this.call = call;
        this.errno = errno;
    }

    /** The C function that failed: "bind". */
    String call() {
        return call;
    }

    int errno() {
        return errno;
    }

    /** read(2) on a socket with SO_RCVTIMEO: nothing arrived within the time. */
    boolean isTimeout() {
        return errno == EAGAIN;
    }

    /** "address already in use (EADDRINUSE)": strerror's text, in lower case, and the name. */
    static String describe(int errno) {
        var name = NAMES.getOrDefault(errno, "errno " + errno);
        return strerror(errno).toLowerCase(Locale.ROOT) + " (" + name + ")";
    }

    private static String strerror(int errno) {
        try {
            var text = (MemorySegment) STRERROR.invokeExact(errno);
            // The linker knows only an address, of no size: we say how far it may be read.
            // reinterpret is a restricted method, as the downcall itself is.
            return text.reinterpret(LONGEST_MESSAGE).getString(0);
        } catch (Throwable bug) {
            return "error " + errno;
        }
    }
}

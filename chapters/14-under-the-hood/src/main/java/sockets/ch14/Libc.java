package sockets.ch14;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The C library's socket functions, called directly through the Foreign Function and Memory
 * API: each Java method here is one C call, with C's name and C's arguments, and one system
 * call underneath. A call that returns -1 throws an {@link ErrnoException} carrying errno.
 */
final class Libc {

    // From <sys/socket.h> and <netinet/in.h>: the same numbers on Linux x86_64 and aarch64.
    static final int AF_INET = 2;
    static final int SOCK_STREAM = 1;
    static final int SOL_SOCKET = 1;
    static final int SO_REUSEADDR = 2;
    static final int SO_RCVTIMEO = 20;

    // tag::linker[]
    private static final Linker LINKER = Linker.nativeLinker();
    // The linker saves errno right after the call, before the JVM's own work can change it.
    private static final Linker.Option SAVE_ERRNO = Linker.Option.captureCallState("errno");
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CALL_STATE.varHandle(PathElement.groupElement("errno"));

    // int socket(int domain, int type, int protocol);
    private static final MethodHandle SOCKET = function("socket",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    // int bind(int fd, const struct sockaddr *addr, socklen_t addrlen);
    private static final MethodHandle BIND = function("bind",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    // end::linker[]
    // int setsockopt(int fd, int level, int name, const void *value, socklen_t length);
    private static final MethodHandle SETSOCKOPT = function("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    // int listen(int fd, int backlog);
    private static final MethodHandle LISTEN = function("listen",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    // int accept(int fd, struct sockaddr *addr, socklen_t *addrlen);
    private static final MethodHandle ACCEPT = function("accept",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    // int getsockname(int fd, struct sockaddr *addr, socklen_t *addrlen);
    private static final MethodHandle GETSOCKNAME = function("getsockname",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    // ssize_t write(int fd, const void *buf, size_t count); and read(2) alike
    private static final MethodHandle WRITE = function("write",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle READ = function("read",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    // int close(int fd);
    private static final MethodHandle CLOSE = function("close",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private Libc() {
    }

    // tag::function[]
    /** A downcall handle for a function of the C library that is already in the process. */
    private static MethodHandle function(String name, FunctionDescriptor signature) {
        var address = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("no C function " + name));
        return LINKER.downcallHandle(address, signature, SAVE_ERRNO);
    }
    // end::function[]

    static int socket(int domain, int type, int protocol) throws ErrnoException {
        return (int) call("socket", false, SOCKET, domain, type, protocol);
    }

    static void setsockopt(int fd, int level, int name, MemorySegment value) throws ErrnoException {
        call("setsockopt", false, SETSOCKOPT, fd, level, name, value, (int) value.byteSize());
    }

    static void bind(int fd, MemorySegment address) throws ErrnoException {
        call("bind", false, BIND, fd, address, (int) address.byteSize());
    }

    static void listen(int fd, int backlog) throws ErrnoException {
        call("listen", false, LISTEN, fd, backlog);
    }

    static int accept(int fd, MemorySegment address, MemorySegment length) throws ErrnoException {
        return (int) call("accept", true, ACCEPT, fd, address, length);
    }

    static void getsockname(int fd, MemorySegment address, MemorySegment length) throws ErrnoException {
        call("getsockname", false, GETSOCKNAME, fd, address, length);
    }

    static long write(int fd, MemorySegment bytes) throws ErrnoException {
        return call("write", true, WRITE, fd, bytes, bytes.byteSize());
    }

    static long read(int fd, MemorySegment buffer) throws ErrnoException {
        return call("read", true, READ, fd, buffer, buffer.byteSize());
    }

    static void close(int fd) throws ErrnoException {
        // Never retried: on Linux the descriptor is gone even when close reports EINTR.
        call("close", false, CLOSE, fd);
    }

    // tag::call[]
    /** Calls a C function; -1 means failure, and errno, saved by the linker, says why. */
    private static long call(String name, boolean restartable, MethodHandle function,
            Object... arguments) throws ErrnoException {
        try (var arena = Arena.ofConfined()) {
            var callState = arena.allocate(CALL_STATE);
            var withState = new Object[arguments.length + 1];
            withState[0] = callState;
            System.arraycopy(arguments, 0, withState, 1, arguments.length);
            while (true) {
                var result = ((Number) function.invokeWithArguments(withState)).longValue();
                if (result != -1) {
                    return result;
                }
                var errno = (int) ERRNO.get(callState, 0L);
                // EINTR: a signal came during a blocking call; nothing happened, try again.
                if (!(restartable && errno == ErrnoException.EINTR)) {
                    throw new ErrnoException(name, errno);
                }
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable bug) {
            throw new IllegalStateException("calling " + name + " failed in the JVM", bug);
        }
    }
    // end::call[]
}

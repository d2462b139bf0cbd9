package sockets.testkit;

/**
 * The error behind a socket exception, matched by meaning rather than by the exact message.
 * On Linux and macOS the JDK's message is the C library's strerror(errno) text, "Connection
 * refused"; on Windows it is Winsock's text for the same error followed by the call that
 * failed, "Connection refused: connect" or "Address already in use: bind" (the JDK's
 * {@code NET_ThrowNew} in {@code windows/native/libnet/net_util_md.c}), or after a connect
 * with a timeout "Connection refused: getsockopt issue with option value" ({@code Net.c}). A test compares
 * {@code Strerror.of(e)} with Linux's text, and the same assertion holds on all three.
 */
public final class Strerror {

    private Strerror() {
    }

    /**
     * The message without Windows' ": call" suffix, and in Linux's words where BSD's C library
     * (macOS's) words the same errno otherwise ("null" for an exception without a message).
     */
    public static String of(Throwable e) {
        return String.valueOf(e.getMessage())
                .replaceFirst(": (bind|connect|listen|accept|socket|[gs]etsockopt.*)$", "")
                .replace("Can't assign requested address", "Cannot assign requested address");
    }
}

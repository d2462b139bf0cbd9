package sockets.ch02;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * Why the kernel refused a bind(2), told as the one sentence our programs print. The JDK puts
 * the C library's strerror(errno) text into the BindException; each errno has its own cause.
 */
record BindError(InetSocketAddress address, String sentence) {

    static BindError of(InetSocketAddress address, BindException refusal) {
        var where = "cannot bind " + Options.hostAndPort(address) + ": ";
        var message = strerror(refusal);
        // tag::reasons[]
        var reason = switch (message) {
            // EADDRINUSE: another socket holds this address (or the wildcard) and port
            case "Address already in use" -> "the port is already in use by another socket.";
            // EADDRNOTAVAIL: no interface of this machine has the address (BSD's C library,
            // and so macOS's, spells it "Can't assign requested address")
            case "Cannot assign requested address", "Can't assign requested address" ->
                    address.getAddress().getHostAddress() + " is not an address of this machine.";
            // EACCES: the port is below net.ipv4.ip_unprivileged_port_start
            case "Permission denied" -> "ports below "
                    + LinuxProc.unprivilegedPortStart().orElse(1024)
                    + " need root or the CAP_NET_BIND_SERVICE capability.";
            default -> message.toLowerCase(Locale.ROOT) + ".";
        };
        // end::reasons[]
        return new BindError(address, where + reason);
    }

    /** The errno name behind the JDK's message, as strace and the C manuals spell it. */
    static String errnoName(BindException refusal) {
        return switch (strerror(refusal)) {
            case "Address already in use" -> "EADDRINUSE";
            case "Cannot assign requested address", "Can't assign requested address" -> "EADDRNOTAVAIL";
            case "Permission denied" -> "EACCES";
            default -> "errno";
        };
    }

    /**
     * The C library's strerror(errno) text, which is the whole message on Linux and macOS;
     * Windows adds the call that failed, "Address already in use: bind".
     */
    static String strerror(IOException refusal) {
        return String.valueOf(refusal.getMessage()).replaceFirst(": bind$", "");
    }
}

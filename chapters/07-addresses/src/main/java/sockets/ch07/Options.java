package sockets.ch07;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The command line of this chapter's program. Its addresses are its arguments; {@code --host}
 * and {@code --port} are the house's other way to give one address, so that
 * {@code --host ::1 --port 9000} reads exactly like {@code [::1]:9000}. Every chapter keeps its
 * own copy, so that a chapter's program needs nothing but the JDK.
 */
record Options(List<String> addresses) {

    static final String DEFAULT_HOST = "127.0.0.1";

    // tag::core-bad-argument[]
    /** A mistake on the command line, told as one sentence. */
    static final class BadArgument extends Exception {
        private static final long serialVersionUID = 1L;

        BadArgument(String sentence) {
            super(sentence);
        }
    }
    // end::core-bad-argument[]

    // tag::core-want-help[]
    static boolean wantHelp(String[] args) {
        return Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h");
    }
    // end::core-want-help[]

    /** The addresses to report, in order; none means the program's own examples. */
    static Options parse(String[] args) throws BadArgument {
        String host = null;
        String port = null;
        var addresses = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = valueOf(args, ++i, "--host");
                case "--port" -> port = valueOf(args, ++i, "--port");
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new BadArgument("unknown argument '" + args[i] + "' (try --help).");
                    }
                    addresses.add(args[i]);
                }
            }
        }
        if (host == null && port == null) {
            return new Options(List.copyOf(addresses));
        }
        if (!addresses.isEmpty()) {
            throw new BadArgument("give addresses or --host and --port, not both.");
        }
        return new Options(List.of(asText(host == null ? DEFAULT_HOST : host, port)));
    }

    /** --host and --port written as one address: an IPv6 host goes in brackets. */
    static String asText(String host, String port) {
        var bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return port == null ? bracketed : bracketed + ":" + port;
    }

    // tag::core-value-of[]
    private static String valueOf(String[] args, int i, String flag) throws BadArgument {
        if (i >= args.length) {
            throw new BadArgument(flag + " needs a value.");
        }
        return args[i];
    }
    // end::core-value-of[]

    // tag::core-lower[]
    /**
     * An exception's message for the middle of a sentence, lowered by the root locale's rules
     * (never the default locale's: in a Turkish one "I" lowers to a dotless i), without the call
     * Windows adds ("Connection refused: connect"); with no message, its class name.
     */
    static String lower(Throwable e) {
        var message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.replaceFirst(": (bind|connect|listen|[gs]etsockopt.*)$", "").toLowerCase(Locale.ROOT);
    }
    // end::core-lower[]

    // tag::core-host-and-port[]
    /** 127.0.0.1:54321, or [::1]:54321 for IPv6: how the book writes an address and port. */
    static String hostAndPort(SocketAddress address) {
        if (!(address instanceof InetSocketAddress inet)) {
            // null: the socket is not bound yet; otherwise a Unix domain socket's path
            return address == null ? "(none)" : address.toString();
        }
        var host = inet.getAddress();
        var text = host == null ? inet.getHostString() : host.getHostAddress();
        return (host instanceof Inet6Address ? "[" + text + "]" : text) + ":" + inet.getPort();
    }
    // end::core-host-and-port[]
}

package sockets.ch03;

import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The command line of this chapter's programs: {@code --host}, {@code --port}, {@code --help},
 * and {@code --backlog} for the two that listen. Every chapter keeps its own copy, so that a
 * chapter's program needs nothing but the JDK.
 */
record Options(InetAddress host, int port, int backlog) {

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_BACKLOG = 2;
    // The demo opens backlog + 2 connections; 128 is also the old SOMAXCONN (before Linux 5.4).
    static final int MAX_BACKLOG = 128;

    /** Which program reads the command line: the client alone has no --backlog. */
    enum Program { SERVER, CLIENT, DEMO }

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

    static Options parse(String[] args, Program program) throws BadArgument {
        var host = DEFAULT_HOST;
        var port = "0";
        var backlog = String.valueOf(DEFAULT_BACKLOG);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = valueOf(args, ++i, "--host");
                case "--port" -> port = valueOf(args, ++i, "--port");
                case "--backlog" -> backlog = program == Program.CLIENT ? unknown(args[i])
                        : valueOf(args, ++i, "--backlog");
                default -> unknown(args[i]);
            }
        }
        return new Options(resolve(host), parsePort(port), parseBacklog(backlog));
    }

    private static String unknown(String argument) throws BadArgument {
        throw new BadArgument("unknown argument '" + argument + "' (try --help).");
    }

    InetSocketAddress address() {
        return new InetSocketAddress(host, port);
    }

    // tag::core-value-of[]
    private static String valueOf(String[] args, int i, String flag) throws BadArgument {
        if (i >= args.length) {
            throw new BadArgument(flag + " needs a value.");
        }
        return args[i];
    }
    // end::core-value-of[]

    // tag::core-parse-port[]
    static int parsePort(String text) throws BadArgument {
        try {
            var port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same sentence as a number out of range
        }
        throw new BadArgument("the port must be a number from 0 to 65535, not '" + text + "'.");
    }
    // end::core-parse-port[]

    static int parseBacklog(String text) throws BadArgument {
        try {
            var backlog = Integer.parseInt(text);
            if (backlog >= 1 && backlog <= MAX_BACKLOG) {
                return backlog;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same sentence as a number out of range
        }
        throw new BadArgument("the backlog must be a number from 1 to " + MAX_BACKLOG + ", not '" + text + "'.");
    }

    // tag::core-resolve[]
    // getaddrinfo(3) underneath: a literal is parsed on the spot, a name asks the resolver.
    private static InetAddress resolve(String host) throws BadArgument {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new BadArgument("unknown host '" + host + "'.");
        }
    }
    // end::core-resolve[]

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

    /** The one sentence for a bind(2) that failed, by its errno. */
    static String bindFailure(InetSocketAddress address, BindException e) {
        var message = lower(e);
        var reason = message.contains("in use") ? "the port is in use (EADDRINUSE)"
                : message.contains("permission") ? "ports below 1024 need privileges (EACCES)"
                : message.contains("assign") ? "no interface of this machine has that address (EADDRNOTAVAIL)"
                : message;
        return "cannot listen on " + hostAndPort(address) + ": " + reason + ".";
    }

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
}

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

    /** A mistake on the command line, told as one sentence. */
    static final class BadArgument extends Exception {
        private static final long serialVersionUID = 1L;

        BadArgument(String sentence) {
            super(sentence);
        }
    }

    static boolean wantHelp(String[] args) {
        return Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h");
    }

    /** Parses the arguments; {@code --backlog} is known only to a program that listens. */
    static Options parse(String[] args, boolean listens) throws BadArgument {
        var host = DEFAULT_HOST;
        var port = "0";
        var backlog = String.valueOf(DEFAULT_BACKLOG);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = valueOf(args, ++i, "--host");
                case "--port" -> port = valueOf(args, ++i, "--port");
                case "--backlog" -> {
                    if (!listens) {
                        throw unknown(args[i]);
                    }
                    backlog = valueOf(args, ++i, "--backlog");
                }
                default -> throw unknown(args[i]);
            }
        }
        return new Options(resolve(host), parsePort(port), parseBacklog(backlog));
    }

    private static BadArgument unknown(String argument) {
        return new BadArgument("unknown argument '" + argument + "' (try --help).");
    }

    InetSocketAddress address() {
        return new InetSocketAddress(host, port);
    }

    private static String valueOf(String[] args, int i, String flag) throws BadArgument {
        if (i >= args.length) {
            throw new BadArgument(flag + " needs a value.");
        }
        return args[i];
    }

    static int parsePort(String text) throws BadArgument {
        return parseNumber(text, 0, 65_535, "the port");
    }

    static int parseBacklog(String text) throws BadArgument {
        return parseNumber(text, 1, MAX_BACKLOG, "the backlog");
    }

    private static int parseNumber(String text, int lowest, int highest, String what) throws BadArgument {
        try {
            var number = Integer.parseInt(text);
            if (number >= lowest && number <= highest) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same sentence as a number out of range
        }
        throw new BadArgument(what + " must be a number from " + lowest + " to " + highest + ", not '" + text + "'.");
    }

    // getaddrinfo(3) underneath: a literal is parsed on the spot, a name asks the resolver.
    private static InetAddress resolve(String host) throws BadArgument {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new BadArgument("unknown host '" + host + "'.");
        }
    }

    /** HOST:PORT as the book writes it, an IPv6 host in brackets. */
    static String format(SocketAddress address) {
        if (!(address instanceof InetSocketAddress inet) || inet.getAddress() == null) {
            return String.valueOf(address);
        }
        var host = inet.getAddress().getHostAddress();
        return (inet.getAddress() instanceof Inet6Address ? "[" + host + "]" : host) + ":" + inet.getPort();
    }

    /** The one sentence for a bind(2) that failed, by its errno. */
    static String bindFailure(InetSocketAddress address, BindException e) {
        var message = lower(e);
        var reason = message.contains("in use") ? "the port is in use (EADDRINUSE)"
                : message.contains("permission") ? "ports below 1024 need privileges (EACCES)"
                : message.contains("assign") ? "no interface of this machine has that address (EADDRNOTAVAIL)"
                : message;
        return "cannot listen on " + format(address) + ": " + reason + ".";
    }

    /** An exception's message in lower case for a sentence: "" if it has none, any locale. */
    static String lower(Throwable e) {
        var message = e.getMessage();
        return message == null ? "" : message.toLowerCase(Locale.ROOT);
    }
}

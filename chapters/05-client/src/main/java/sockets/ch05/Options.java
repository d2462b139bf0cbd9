package sockets.ch05;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The command line of this chapter's server and demo: {@code --host}, {@code --port} and
 * {@code --help}. Every chapter keeps its own copy, so that a chapter's program needs nothing
 * but the JDK. The client's longer command line is {@link ClientOptions}, built on this one.
 */
record Options(InetAddress host, int port) {

    static final String DEFAULT_HOST = "127.0.0.1";

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

    static Options parse(String[] args) throws BadArgument {
        var host = DEFAULT_HOST;
        var port = "0";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = valueOf(args, ++i, "--host");
                case "--port" -> port = valueOf(args, ++i, "--port");
                default -> throw unknown(args[i]);
            }
        }
        return new Options(resolve(host), parsePort(port));
    }

    static BadArgument unknown(String argument) {
        return new BadArgument("unknown argument '" + argument + "' (try --help).");
    }

    static String valueOf(String[] args, int i, String flag) throws BadArgument {
        if (i >= args.length) {
            throw new BadArgument(flag + " needs a value.");
        }
        return args[i];
    }

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

    // getaddrinfo(3) underneath: a literal is parsed on the spot, a name asks the resolver.
    static InetAddress resolve(String host) throws BadArgument {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new BadArgument("unknown host '" + host + "'.");
        }
    }

    /** The reason an IOException gives (the C library's text for errno), to end a sentence. */
    static String reason(Exception e) {
        var message = e.getMessage();
        if (message == null || message.isEmpty()) {
            return "";
        }
        // Character.toLowerCase ignores the default locale (in Turkish, String.toLowerCase()
        // makes "I" a dotless "ı"); only the first letter changes, so "EADDRINUSE" is kept.
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /** 127.0.0.1:54321, or [::1]:54321 for IPv6: how the book writes an address and port. */
    static String addressText(InetSocketAddress address) {
        var host = address.getAddress();
        var text = host == null ? address.getHostString() : host.getHostAddress();
        return (host instanceof Inet6Address ? "[" + text + "]" : text) + ":" + address.getPort();
    }
}

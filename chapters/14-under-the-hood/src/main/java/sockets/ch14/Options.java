package sockets.ch14;

import java.net.Inet4Address;
import java.util.Arrays;

/**
 * The command line of this chapter's server: {@code --host}, {@code --port} and {@code --help}.
 * Every chapter keeps its own copy, so that a chapter's program needs nothing but the JDK. This
 * one takes IPv4 literals only: the server fills in a {@code struct sockaddr_in} by hand.
 */
record Options(Inet4Address host, int port) {

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

    static Options parse(String[] args) throws BadArgument {
        var host = DEFAULT_HOST;
        var port = "0";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = valueOf(args, ++i, "--host");
                case "--port" -> port = valueOf(args, ++i, "--port");
                default -> throw new BadArgument("unknown argument '" + args[i] + "' (try --help).");
            }
        }
        return new Options(parseIpv4(host), parsePort(port));
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

    // inet_pton(AF_INET, ...) in Java: a literal is parsed, a name is refused, nothing is
    // looked up. The server fills in sockaddr_in itself, so it needs four bytes.
    private static Inet4Address parseIpv4(String host) throws BadArgument {
        try {
            return Inet4Address.ofLiteral(host);
        } catch (IllegalArgumentException notIpv4) {
            throw new BadArgument("this server speaks IPv4 only: --host must be an IPv4 address"
                    + " such as 127.0.0.1, not '" + host + "'.");
        }
    }
}

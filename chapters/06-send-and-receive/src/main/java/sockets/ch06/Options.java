package sockets.ch06;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The command line of this chapter's programs: {@code --host}, {@code --port}, {@code --frames}
 * and {@code --help}, and for the client the messages to send. Every chapter keeps its own
 * copy, so that a chapter's program needs nothing but the JDK.
 */
record Options(InetAddress host, int port, Framing framing, List<String> messages) {

    static final String DEFAULT_HOST = "127.0.0.1";

    /** Which program reads the command line: the client alone takes messages. */
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

    /** Parses the options; words that are not options are messages, for the client. */
    static Options parse(String[] args, Program program) throws BadArgument {
        var host = DEFAULT_HOST;
        var port = "0";
        var frames = "lines";
        var messages = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = valueOf(args, ++i, "--host");
                case "--port" -> port = valueOf(args, ++i, "--port");
                case "--frames" -> frames = valueOf(args, ++i, "--frames");
                default -> {
                    if (args[i].startsWith("-") || program != Program.CLIENT) {
                        throw new BadArgument("unknown argument '" + args[i] + "' (try --help).");
                    }
                    messages.add(args[i]);
                }
            }
        }
        return new Options(resolve(host), parsePort(port), framing(frames), List.copyOf(messages));
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

    private static Framing framing(String name) throws BadArgument {
        return switch (name) {
            case "lines" -> new LineFraming(LineFraming.MAX_LINE);
            case "length" -> new LengthPrefixedFraming(LengthPrefixedFraming.MAX_FRAME);
            default -> throw new BadArgument("--frames must be 'lines' or 'length', not '" + name + "'.");
        };
    }

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
}

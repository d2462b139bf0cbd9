package sockets.ch15;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command line of this chapter's programs: {@code --host}, {@code --port}, {@code --help},
 * and the TLS words: the server's {@code --cert}, the client's {@code --name} and messages,
 * and both sides' {@code --protocol}. Every chapter keeps its own copy, so that a chapter's
 * program needs nothing but the JDK.
 */
record Options(InetAddress host, int port, Keys.Identity identity, List<String> protocols, String name,
        List<String> messages) {

    static final String DEFAULT_HOST = "127.0.0.1";

    /** Which program reads the command line: each takes its own words. */
    enum Program { SERVER, CLIENT, DEMO, PEEK, COST }

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
        var identity = Keys.Identity.LOCALHOST;
        // A server takes TLS 1.3 alone; a client offers what the JDK offers by default.
        var protocols = program == Program.CLIENT ? List.of("TLSv1.3", "TLSv1.2") : List.of("TLSv1.3");
        var name = "localhost";
        var messages = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            var word = args[i];
            switch (word) {
                case "--host" -> host = valueOf(args, ++i, word);
                case "--port" -> port = valueOf(args, ++i, word);
                case "--cert" -> identity = only(program, Set.of(Program.SERVER), word,
                        Keys.Identity.named(valueOf(args, ++i, word)));
                case "--protocol" -> protocols = protocol(only(program,
                        Set.of(Program.SERVER, Program.CLIENT), word, valueOf(args, ++i, word)));
                case "--name" -> name = only(program, Set.of(Program.CLIENT), word, valueOf(args, ++i, word));
                default -> {
                    if (word.startsWith("-") || program != Program.CLIENT) {
                        throw new BadArgument("unknown argument '" + word + "' (try --help).");
                    }
                    messages.add(word);
                }
            }
        }
        return new Options(resolve(host), parsePort(port), identity, protocols, name,
                List.copyOf(messages));
    }

    private static <T> T only(Program program, Set<Program> allowed, String flag, T value)
            throws BadArgument {
        if (!allowed.contains(program)) {
            throw new BadArgument("unknown argument '" + flag + "' (try --help).");
        }
        return value;
    }

    private static List<String> protocol(String name) throws BadArgument {
        return switch (name) {
            case "TLSv1.3", "TLSv1.2" -> List.of(name);
            default -> throw new BadArgument("--protocol must be TLSv1.3 or TLSv1.2, not '" + name + "'.");
        };
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

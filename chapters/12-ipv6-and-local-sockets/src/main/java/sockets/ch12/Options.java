package sockets.ch12;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The command line of this chapter's programs. The TCP programs take {@code --host} and
 * {@code --port}; the Unix domain ones take {@code --path}, since their address is a file:
 * the {@link Endpoint} is one or the other. Every chapter keeps its own copy, so that a
 * chapter's program needs nothing but the JDK.
 */
record Options(Endpoint endpoint, List<String> messages) {

    static final String DEFAULT_HOST = "127.0.0.1";

    /** Which program reads the command line: the Unix ones take a path, the clients messages. */
    enum Program { DEMO, SERVER, CLIENT, UNIX_SERVER, UNIX_CLIENT }

    /** The endpoint of a TCP program (the demo, the server, the client), as parse made it. */
    Endpoint.Tcp tcp() {
        if (endpoint instanceof Endpoint.Tcp tcp) {
            return tcp;
        }
        throw new IllegalStateException("a Unix domain socket program has no --host or --port");
    }

    /** The endpoint of a Unix domain socket program, as parse made it. */
    Endpoint.Unix unix() {
        if (endpoint instanceof Endpoint.Unix unix) {
            return unix;
        }
        throw new IllegalStateException("a TCP program has no --path");
    }

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
        var unix = program == Program.UNIX_SERVER || program == Program.UNIX_CLIENT;
        var host = DEFAULT_HOST;
        var port = "0";
        String path = null;
        var messages = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            var flag = args[i];
            switch (flag) {
                case "--host", "--port" -> {
                    var value = valueOf(args, ++i, flag);
                    if (unix) {
                        throw new BadArgument("a Unix domain socket has no " + flag.substring(2)
                                + ", so '" + flag + " " + value + "' means nothing here: give --path.");
                    }
                    if (flag.equals("--host")) {
                        host = value;
                    } else {
                        port = value;
                    }
                }
                case "--path" -> {
                    path = valueOf(args, ++i, flag);
                    if (!unix) {
                        throw new BadArgument("a TCP socket has no path, so '--path " + path
                                + "' means nothing here: give --host and --port.");
                    }
                }
                default -> {
                    var takesMessages = program == Program.CLIENT || program == Program.UNIX_CLIENT;
                    if (flag.startsWith("-") || !takesMessages) {
                        throw new BadArgument("unknown argument '" + flag + "' (try --help).");
                    }
                    messages.add(flag);
                }
            }
        }
        var endpoint = unix ? Endpoint.Unix.parse(path, program == Program.UNIX_CLIENT)
                : new Endpoint.Tcp(resolve(host), parsePort(port));
        return new Options(endpoint, List.copyOf(messages));
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

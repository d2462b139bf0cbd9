package sockets.ch17;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Where the server listens, what it serves, its limits; every chapter has its own copy. */
record Options(InetAddress host, int port, Path root, Limits limits, boolean tls) {

    static final String DEFAULT_HOST = "127.0.0.1";
    /** The chapter's site, seen from the workbook's folder (./workbook run) or the chapter's. */
    static final List<Path> DEFAULT_ROOTS = List.of(Path.of("chapters/17-http/site"), Path.of("site"));

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
        String root = null;
        var limits = Limits.DEFAULT;
        var tls = false;
        for (int i = 0; i < args.length; i++) {
            var flag = args[i];
            switch (flag) {
                case "--host" -> host = valueOf(args, ++i, flag);
                case "--port" -> port = valueOf(args, ++i, flag);
                case "--root" -> root = valueOf(args, ++i, flag);
                case "--tls" -> tls = true;
                case "--idle-timeout" -> limits = limits.withIdle(
                        Duration.ofMillis(number(args, ++i, flag, 1, 3_600_000)));
                case "--header-timeout" -> limits = limits.withHeaderDeadline(
                        Duration.ofMillis(number(args, ++i, flag, 1, 3_600_000)));
                case "--max-body" -> limits = limits.withMaxBody(number(args, ++i, flag, 0, 1 << 30));
                default -> throw new BadArgument("unknown argument '" + flag + "' (try --help).");
            }
        }
        return new Options(resolve(host), parsePort(port), folder(root), limits, tls);
    }

    /** The folder named, or the chapter's site; a folder not there is one sentence. */
    private static Path folder(String named) throws BadArgument {
        var candidates = named == null ? DEFAULT_ROOTS : List.of(Path.of(named));
        for (var candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new BadArgument(named == null
                ? "the chapter's site is not here: run from the workbook's folder, or give --root."
                : "--root must name a folder, and '" + named + "' is not one.");
    }

    // tag::core-value-of[]
    private static String valueOf(String[] args, int i, String flag) throws BadArgument {
        if (i >= args.length) {
            throw new BadArgument(flag + " needs a value.");
        }
        return args[i];
    }
    // end::core-value-of[]

    private static int number(String[] args, int i, String flag, int least, int most) throws BadArgument {
        var text = valueOf(args, i, flag);
        try {
            var value = Integer.parseInt(text);
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // the same sentence as a number out of range
        }
        throw new BadArgument(flag + " must be a number from " + least + " to " + most
                + ", not '" + text + "'.");
    }

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

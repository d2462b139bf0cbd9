package sockets.ch05;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The client's command line: where to connect, what to send, how long to wait for each step,
 * and, if asked, which local address (and port) to connect from.
 *
 * @param bind empty unless {@code --bind} was given: then connect(2) chooses the local end
 */
record ClientOptions(InetSocketAddress server, String message, Duration connectTimeout,
                     Duration readTimeout, Optional<InetSocketAddress> bind) {

    static final String DEFAULT_MESSAGE = "hello";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    static final int LONGEST_TIMEOUT_MILLIS = 600_000;
    /** The reply server reads at most 1024 bytes of line; this leaves room for the newline. */
    static final int LONGEST_MESSAGE_BYTES = 1000;

    static ClientOptions parse(String[] args) throws Options.BadArgument {
        var host = Options.DEFAULT_HOST;
        var port = "0";
        var message = DEFAULT_MESSAGE;
        var connectTimeout = DEFAULT_TIMEOUT;
        var readTimeout = DEFAULT_TIMEOUT;
        Optional<InetSocketAddress> bind = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            var flag = args[i];
            switch (flag) {
                case "--host" -> host = Options.valueOf(args, ++i, flag);
                case "--port" -> port = Options.valueOf(args, ++i, flag);
                case "--message" -> message = checkMessage(Options.valueOf(args, ++i, flag));
                case "--connect-timeout" ->
                        connectTimeout = parseMillis(Options.valueOf(args, ++i, flag), "connect timeout");
                case "--read-timeout" ->
                        readTimeout = parseMillis(Options.valueOf(args, ++i, flag), "read timeout");
                case "--bind" -> bind = Optional.of(parseBind(Options.valueOf(args, ++i, flag)));
                default -> throw Options.unknown(flag);
            }
        }
        var portNumber = Options.parsePort(port);
        var server = new InetSocketAddress(Options.resolve(host), portNumber);
        if (portNumber == 0) {
            throw new Options.BadArgument("give the server's port with --port PORT: "
                    + "the server prints it in its 'listening on' line.");
        }
        return new ClientOptions(server, message, connectTimeout, readTimeout, bind);
    }

    /** Java reads a timeout of 0 as "wait forever", so the client accepts 1 ms and up. */
    static Duration parseMillis(String text, String what) throws Options.BadArgument {
        try {
            var millis = Integer.parseInt(text);
            if (millis >= 1 && millis <= LONGEST_TIMEOUT_MILLIS) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same sentence as a number out of range
        }
        throw new Options.BadArgument("the " + what + " must be a number of milliseconds from 1 to "
                + LONGEST_TIMEOUT_MILLIS + ", not '" + text + "'.");
    }

    private static String checkMessage(String message) throws Options.BadArgument {
        if (message.contains("\n") || message.contains("\r")
                || message.getBytes(StandardCharsets.UTF_8).length > LONGEST_MESSAGE_BYTES) {
            throw new Options.BadArgument("the message must be one line of at most "
                    + LONGEST_MESSAGE_BYTES + " bytes.");
        }
        return message;
    }

    /** ADDRESS, ADDRESS:PORT, [IPV6] or [IPV6]:PORT; a bare IPv6 address has no port. */
    static InetSocketAddress parseBind(String text) throws Options.BadArgument {
        var host = text;
        var port = "0";
        int close = text.lastIndexOf(']');
        int colon = text.lastIndexOf(':');
        if (text.startsWith("[") && close > 0) {
            host = text.substring(1, close);
            if (close + 1 < text.length()) {
                if (text.charAt(close + 1) != ':') {
                    throw new Options.BadArgument("--bind wants ADDRESS or ADDRESS:PORT, with an IPv6 "
                            + "address in brackets, not '" + text + "'.");
                }
                port = text.substring(close + 2);
            }
        } else if (colon > 0 && colon == text.indexOf(':')) {
            host = text.substring(0, colon);
            port = text.substring(colon + 1);
        }
        return new InetSocketAddress(Options.resolve(host), Options.parsePort(port));
    }
}

package sockets.loadgen;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;

/**
 * What the load generator does: how many connections to which echo server, for how long, with
 * which messages, and whether they talk ({@code pingpong}) or only stay open ({@code hold}).
 *
 * @param messageSize bytes per message, the {@code \n} included
 * @param warmup      the first part of the run, whose round trips are not counted
 */
record LoadOptions(InetSocketAddress server, int connections, Duration duration, int messageSize,
                   Mode mode, Duration warmup) {

    /** pingpong: every connection sends a line and waits for its echo, again and again. */
    enum Mode { PINGPONG, HOLD }

    static final String USAGE = """
            usage: loadgen [--host ADDRESS] --port PORT [--connections N] [--duration S]
                           [--message-size B] [--mode pingpong|hold] [--warmup S]
              Opens N connections to a line echo server from one thread (a Selector) and
              either sends lines and times their echoes (pingpong) or only keeps the
              connections open after one echo each (hold). It prints what it measured.
              --host ADDRESS     the server (default 127.0.0.1)
              --port PORT        its port (1 to 65535)
              --connections N    connections at once (default 100)
              --duration S       seconds to run, warm-up included (default 5); in hold
                                 mode up to 10 s more while connections still open
              --message-size B   bytes per line, its newline included (default 64)
              --mode MODE        pingpong (default) or hold
              --warmup S         seconds at the start whose round trips are not counted (default 1)
            """;

    static final class BadArgument extends Exception {
        private static final long serialVersionUID = 1L;

        BadArgument(String sentence) {
            super(sentence);
        }
    }

    static boolean wantHelp(String[] args) {
        return Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h");
    }

    static LoadOptions parse(String[] args) throws BadArgument {
        var host = "127.0.0.1";
        var port = -1;
        var connections = 100;
        var seconds = 5;
        var messageSize = 64;
        var mode = Mode.PINGPONG;
        var warmup = 1;
        for (int i = 0; i < args.length; i++) {
            var flag = args[i];
            switch (flag) {
                case "--host" -> host = valueOf(args, ++i, flag);
                case "--port" -> {
                    var text = valueOf(args, ++i, flag);
                    port = number(text, "the port must be a number from 1 to 65535", 1, 65_535);
                }
                case "--connections" -> connections = number(valueOf(args, ++i, flag),
                        "--connections must be a number from 1 to 1000000", 1, 1_000_000);
                case "--duration" -> seconds = number(valueOf(args, ++i, flag),
                        "--duration must be a number of seconds from 1 to 3600", 1, 3_600);
                case "--message-size" -> messageSize = number(valueOf(args, ++i, flag),
                        "--message-size must be a number from 2 to 1024", 2, 1_024);
                case "--warmup" -> warmup = number(valueOf(args, ++i, flag),
                        "--warmup must be a number of seconds from 0 to 3600", 0, 3_600);
                case "--mode" -> mode = switch (valueOf(args, ++i, flag)) {
                    case "pingpong" -> Mode.PINGPONG;
                    case "hold" -> Mode.HOLD;
                    default -> throw new BadArgument("--mode must be 'pingpong' or 'hold', not '"
                            + args[i] + "'.");
                };
                default -> throw new BadArgument("unknown argument '" + flag + "' (try --help).");
            }
        }
        var address = resolve(host);
        if (port == -1) {
            throw new BadArgument("--port is needed: the port of the echo server to load.");
        }
        if (warmup >= seconds && mode == Mode.PINGPONG) {
            throw new BadArgument("--warmup must be shorter than --duration.");
        }
        return new LoadOptions(new InetSocketAddress(address, port), connections,
                Duration.ofSeconds(seconds), messageSize, mode, Duration.ofSeconds(warmup));
    }

    private static String valueOf(String[] args, int i, String flag) throws BadArgument {
        if (i >= args.length) {
            throw new BadArgument(flag + " needs a value.");
        }
        return args[i];
    }

    private static int number(String text, String sentence, int least, int most) throws BadArgument {
        try {
            var value = Integer.parseInt(text);
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same sentence as a number out of range
        }
        throw new BadArgument(sentence + ", not '" + text + "'.");
    }

    private static InetAddress resolve(String host) throws BadArgument {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new BadArgument("unknown host '" + host + "'.");
        }
    }
}

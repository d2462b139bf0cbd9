package sockets.ch16;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * The command core: one command in, its reply out, and no socket anywhere. Both designs, the
 * virtual thread per client and the selector's one thread, call {@link #execute}; what differs
 * between them is only how bytes reach the parser and how replies reach the client.
 */
final class Commands {

    /** What the connection does after a reply: go on, or close once it is sent (QUIT). */
    enum Then { GO_ON, CLOSE }

    /** At most this many keys expire per sweep, so that a sweep never stalls the commands. */
    static final int SWEEP_MAX = 1000;

    private final Store store;
    private final DataCommands data;
    private final Limits limits;

    Commands(Limits limits, LongSupplier clock) {
        this.limits = limits;
        this.store = new Store(limits.maxMemory(), clock);
        this.data = new DataCommands(store);
    }

    /** Milliseconds of a clock that never goes back, for a server's real time. */
    static long monotonicMillis() {
        return System.nanoTime() / 1_000_000;
    }

    // tag::execute[]
    /**
     * Runs one command and appends its reply. One lock over the key space: commands run one at
     * a time, whichever thread calls, as on Redis's single thread, so INCR needs nothing more.
     */
    Then execute(List<byte[]> args, Replies out) {
        var name = new String(args.getFirst(), ISO_8859_1);
        var command = Command.named(name);
        if (command == null) {
            out.error(unknown(name, args));
            return Then.GO_ON;
        }
        if (!command.takes(args.size()) || command == Command.PING && args.size() > 2) {
            out.error("ERR wrong number of arguments for '" + command.lowerName() + "' command");
            return Then.GO_ON;
        }
        synchronized (store) {
            switch (command) {
                case PING -> {
                    if (args.size() == 1) {
                        out.simple("PONG");
                    } else {
                        out.bulk(args.get(1));
                    }
                }
                case ECHO -> out.bulk(args.get(1));
                case QUIT -> {
                    out.simple("OK");
                    return Then.CLOSE;
                }
                case DBSIZE -> out.integer(store.size());
                case FLUSHALL -> {
                    store.clear();
                    out.simple("OK");
                }
                case COMMAND -> ServerCommands.command(args, out);
                case CONFIG -> ServerCommands.config(args, limits, out);
                default -> data.execute(command, args, out);
            }
        }
        // Past the limit of unsent replies (Limits.maxReplies) the client is closed, as in Redis.
        return out.overflowed() ? Then.CLOSE : Then.GO_ON;
    }
    // end::execute[]

    /** The periodic half of expiry; each design calls it about ten times a second. */
    int sweep() {
        synchronized (store) {
            return store.sweep(SWEEP_MAX);
        }
    }

    // Redis's own words, so a client that matches on them is not surprised: the name, then
    // the first arguments, quoted, up to about 128 characters.
    private static String unknown(String name, List<byte[]> args) {
        var text = new StringBuilder("ERR unknown command '")
                .append(name, 0, Math.min(name.length(), 128))
                .append("', with args beginning with: ");
        var shown = new StringBuilder();
        for (int i = 1; i < args.size() && shown.length() < 128; i++) {
            var arg = new String(args.get(i), ISO_8859_1);
            shown.append('\'').append(arg, 0, Math.min(arg.length(), 128 - shown.length())).append("' ");
        }
        return text.append(shown).toString();
    }
}

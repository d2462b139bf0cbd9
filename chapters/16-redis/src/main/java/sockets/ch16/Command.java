package sockets.ch16;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The commands this server knows, with what Redis's {@code COMMAND} says of each: its arity
 * (exact when positive, a least when negative, the name counted), its flags, and where its
 * keys are. {@code COMMAND} answers from this table; {@link Commands} checks arity with it.
 */
enum Command {
    PING(-1, List.of("fast"), 0, 0, 0),
    ECHO(2, List.of("fast"), 0, 0, 0),
    SET(-3, List.of("write", "denyoom"), 1, 1, 1),
    SETEX(4, List.of("write", "denyoom"), 1, 1, 1),
    PSETEX(4, List.of("write", "denyoom"), 1, 1, 1),
    GET(2, List.of("readonly", "fast"), 1, 1, 1),
    DEL(-2, List.of("write"), 1, -1, 1),
    EXISTS(-2, List.of("readonly", "fast"), 1, -1, 1),
    INCR(2, List.of("write", "denyoom", "fast"), 1, 1, 1),
    DECR(2, List.of("write", "denyoom", "fast"), 1, 1, 1),
    EXPIRE(-3, List.of("write", "fast"), 1, 1, 1),
    TTL(2, List.of("readonly", "fast"), 1, 1, 1),
    KEYS(2, List.of("readonly"), 0, 0, 0),
    DBSIZE(1, List.of("readonly", "fast"), 0, 0, 0),
    FLUSHALL(-1, List.of("write"), 0, 0, 0),
    QUIT(-1, List.of("fast"), 0, 0, 0),
    COMMAND(-1, List.of("loading", "stale"), 0, 0, 0),
    CONFIG(-2, List.of("admin", "noscript"), 0, 0, 0);

    private static final Map<String, Command> BY_NAME = new HashMap<>();

    static {
        for (var command : values()) {
            BY_NAME.put(command.name(), command);
        }
    }

    final int arity;
    final List<String> flags;
    final int firstKey;
    final int lastKey;
    final int step;

    Command(int arity, List<String> flags, int firstKey, int lastKey, int step) {
        this.arity = arity;
        this.flags = flags;
        this.firstKey = firstKey;
        this.lastKey = lastKey;
        this.step = step;
    }

    /** The command called {@code name}, in any case, or null. */
    static Command named(String name) {
        var exact = BY_NAME.get(name);
        return exact != null ? exact : BY_NAME.get(name.toUpperCase(Locale.ROOT));
    }

    /** Whether {@code count} words, the name among them, suit this command. */
    boolean takes(int count) {
        return arity >= 0 ? count == arity : count >= -arity;
    }

    /** The name as Redis writes it in replies and errors: lower case. */
    String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This command's entry in the reply to {@code COMMAND}. */
    void describe(Replies out) {
        out.array(6);
        out.bulk(lowerName());
        out.integer(arity);
        out.array(flags.size());
        flags.forEach(out::simple);
        out.integer(firstKey);
        out.integer(lastKey);
        out.integer(step);
    }
}

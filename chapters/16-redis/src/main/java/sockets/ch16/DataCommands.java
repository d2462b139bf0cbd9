package sockets.ch16;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The commands on keys and values, with Redis's replies and Redis's error messages. */
final class DataCommands {

    static final String NOT_AN_INTEGER = "ERR value is not an integer or out of range";
    static final String OOM = "OOM command not allowed when used memory > 'maxmemory'.";
    private static final Set<String> FLAGS = Set.of("NX", "XX", "GT", "LT");

    private final Store store;
    private final SetCommand set;

    DataCommands(Store store) {
        this.store = store;
        this.set = new SetCommand(store);
    }

    void execute(Command command, List<byte[]> args, Replies out) {
        var key = new String(args.get(1), ISO_8859_1);
        try {
            switch (command) {
                case SET -> set.set(key, args, out);
                case SETEX, PSETEX -> set.setWithExpiry(command, key, args, out);
                case GET -> out.bulk(store.get(key));
                case DEL, EXISTS -> {
                    int count = 0;
                    for (var name : args.subList(1, args.size())) {
                        var k = new String(name, ISO_8859_1);
                        count += (command == Command.DEL ? store.remove(k) : store.get(k) != null) ? 1 : 0;
                    }
                    out.integer(count);
                }
                case INCR, DECR -> incrementBy(key, command == Command.INCR ? 1 : -1, out);
                case EXPIRE -> expire(key, args, out);
                case TTL -> {
                    long at = store.expiresAt(key);
                    out.integer(at == -1 ? -2 : at == Store.NEVER ? -1 : (at - store.now() + 500) / 1000);
                }
                case KEYS -> {
                    var glob = new Glob(args.get(1));
                    var keys = store.keys(glob::matches);
                    out.array(keys.size());
                    for (int i = 0; i < keys.size() && !out.overflowed(); i++) {
                        out.bulk(keys.get(i).getBytes(ISO_8859_1));
                    }
                }
                default -> throw new IllegalArgumentException(command + " is not a data command");
            }
        } catch (Store.Full full) {
            out.error(OOM);
        }
    }

    private void incrementBy(String key, long by, Replies out) throws Store.Full {
        var old = store.get(key);
        Long value = old == null ? Long.valueOf(0) : integer(old);
        if (value == null) {
            out.error(NOT_AN_INTEGER);
            return;
        }
        if (by > 0 ? value > Long.MAX_VALUE - by : value < Long.MIN_VALUE - by) {
            out.error("ERR increment or decrement would overflow");
            return;
        }
        // INCR keeps the key's time to live, as Redis does.
        long expiresAt = old == null ? Store.NEVER : store.expiresAt(key);
        store.put(key, Long.toString(value + by).getBytes(ISO_8859_1), expiresAt);
        out.integer(value + by);
    }

    // EXPIRE key seconds [NX|XX|GT|LT], as Redis 7.0: NX only a key without a time to live, XX
    // only one with, GT only to a later moment, LT to a sooner; no time to live counts as infinite.
    private void expire(String key, List<byte[]> args, Replies out) throws Store.Full {
        var flags = new HashSet<String>();
        for (var arg : args.subList(3, args.size())) {
            if (!FLAGS.contains(SetCommand.upper(arg))) {
                out.error("ERR Unsupported option " + new String(arg, ISO_8859_1));
                return;
            }
            flags.add(SetCommand.upper(arg));
        }
        Long seconds = integer(args.get(2));
        if (flags.contains("NX") && flags.size() > 1) {
            out.error("ERR NX and XX, GT or LT options at the same time are not compatible");
        } else if (flags.contains("GT") && flags.contains("LT")) {
            out.error("ERR GT and LT options at the same time are not compatible");
        } else if (seconds == null) {
            out.error(NOT_AN_INTEGER);
        } else if (seconds > Long.MAX_VALUE / 2000 || seconds < -Long.MAX_VALUE / 2000) {
            out.error("ERR invalid expire time in 'expire' command");
        } else {
            long current = store.expiresAt(key);        // -1: no key; NEVER: no time to live
            long at = store.now() + seconds * 1000;
            boolean refused = current == -1 || flags.contains("NX") && current != Store.NEVER
                    || flags.contains("XX") && current == Store.NEVER
                    || flags.contains("GT") && at <= current || flags.contains("LT") && at >= current;
            if (refused) {
                out.integer(0);
            } else if (seconds <= 0) {
                out.integer(store.remove(key) ? 1 : 0); // a time in the past deletes the key
            } else {
                store.put(key, store.get(key), at);
                out.integer(1);
            }
        }
    }

    /**
     * The integer in {@code bytes}, written as Redis writes one (no sign but '-', no leading
     * zero, no space), or null when it is not one: "007" and "+1" are not integers, and
     * every long is one, Long.MIN_VALUE too.
     */
    static Long integer(byte[] bytes) {
        var text = new String(bytes, ISO_8859_1);
        long value = Lines.number(text, 0);
        return Long.toString(value).equals(text) ? Long.valueOf(value) : null;
    }
}

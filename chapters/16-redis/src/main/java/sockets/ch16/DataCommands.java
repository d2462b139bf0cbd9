package sockets.ch16;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.List;
import java.util.Locale;

/** The commands on keys and values, with Redis's replies and Redis's error messages. */
final class DataCommands {

    static final String NOT_AN_INTEGER = "ERR value is not an integer or out of range";
    static final String OOM = "OOM command not allowed when used memory > 'maxmemory'.";

    private final Store store;

    DataCommands(Store store) {
        this.store = store;
    }

    void execute(Command command, List<byte[]> args, Replies out) {
        var key = new String(args.get(1), ISO_8859_1);
        try {
            switch (command) {
                case SET -> set(key, args, out);
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
                case EXPIRE -> expire(key, args.get(2), out);
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

    // tag::set[]
    // SET key value [NX|XX] [EX seconds|PX milliseconds], options in any order. As in Redis,
    // an option may come twice (the last EX counts), but NX with XX, or EX with PX, is an error.
    private void set(String key, List<byte[]> args, Replies out) throws Store.Full {
        String condition = null;
        String unit = null;
        byte[] amountText = null;
        for (int i = 3; i < args.size(); i++) {
            var option = new String(args.get(i), ISO_8859_1).toUpperCase(Locale.ROOT);
            boolean timed = option.equals("EX") || option.equals("PX");
            if ((option.equals("NX") || option.equals("XX")) && (condition == null || condition.equals(option))) {
                condition = option;
            } else if (timed && (unit == null || unit.equals(option)) && i + 1 < args.size()) {
                unit = option;
                amountText = args.get(++i);
            } else {
                out.error("ERR syntax error");
                return;
            }
        }
        long expiresAt = Store.NEVER;
        if (unit != null) {
            Long amount = integer(amountText);
            if (amount == null) {
                out.error(NOT_AN_INTEGER);
                return;
            }
            if (amount <= 0 || amount > Long.MAX_VALUE / 2000) {
                out.error("ERR invalid expire time in 'set' command");
                return;
            }
            expiresAt = store.now() + (unit.equals("EX") ? amount * 1000 : amount);
        }
        boolean exists = condition != null && store.get(key) != null;
        if ("NX".equals(condition) && exists || "XX".equals(condition) && !exists) {
            out.nil();
            return;
        }
        store.put(key, args.get(2), expiresAt);
        out.simple("OK");
    }
    // end::set[]

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

    private void expire(String key, byte[] secondsText, Replies out) throws Store.Full {
        Long seconds = integer(secondsText);
        if (seconds == null) {
            out.error(NOT_AN_INTEGER);
        } else if (seconds > Long.MAX_VALUE / 2000 || seconds < -Long.MAX_VALUE / 2000) {
            out.error("ERR invalid expire time in 'expire' command");
        } else if (store.get(key) == null) {
            out.integer(0);
        } else if (seconds <= 0) {
            out.integer(store.remove(key) ? 1 : 0);     // a time in the past deletes the key
        } else {
            store.put(key, store.get(key), store.now() + seconds * 1000);
            out.integer(1);
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

package sockets.ch16;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.List;
import java.util.Locale;

/**
 * SET with the options of Redis 7.0, and SETEX and PSETEX, which are SET with EX or PX in
 * another order. Each answers, and refuses, in Redis's words.
 */
final class SetCommand {

    private final Store store;

    SetCommand(Store store) {
        this.store = store;
    }

    // tag::set[]
    // SET key value [NX|XX] [GET] [EX s|PX ms|EXAT unix-s|PXAT unix-ms|KEEPTTL], in any order.
    // As in Redis 7.0, an option may come twice (the last EX counts), but NX with XX, or two
    // kinds of expiry (KEEPTTL among them), is a syntax error; NX with GET is allowed.
    void set(String key, List<byte[]> args, Replies out) throws Store.Full {
        String condition = null;
        String expiry = null;
        boolean get = false;
        byte[] amount = null;
        for (int i = 3; i < args.size(); i++) {
            var option = upper(args.get(i));
            boolean timed = List.of("EX", "PX", "EXAT", "PXAT").contains(option);
            if ((option.equals("NX") || option.equals("XX"))
                    && (condition == null || condition.equals(option))) {
                condition = option;
            } else if (option.equals("GET")) {
                get = true;
            } else if (option.equals("KEEPTTL") && (expiry == null || expiry.equals(option))) {
                expiry = option;
            } else if (timed && (expiry == null || expiry.equals(option)) && i + 1 < args.size()) {
                expiry = option;
                amount = args.get(++i);
            } else {
                out.error("ERR syntax error");
                return;
            }
        }
        Long expiresAt = amount == null
                ? Long.valueOf(Store.NEVER) : moment(expiry, amount, "set", out);
        if (expiresAt == null) {
            return;                                     // the error is the reply
        }
        var old = store.get(key);
        if ("NX".equals(condition) && old != null || "XX".equals(condition) && old == null) {
            out.bulk(get ? old : null);                 // GET: the old value, set or not
            return;
        }
        store.put(key, args.get(2),
                "KEEPTTL".equals(expiry) && old != null ? store.expiresAt(key) : expiresAt);
        if (get) {
            out.bulk(old);
        } else {
            out.simple("OK");
        }
    }
    // end::set[]

    /** SETEX key seconds value, PSETEX key milliseconds value. */
    void setWithExpiry(Command command, String key, List<byte[]> args, Replies out) throws Store.Full {
        var expiresAt = moment(command == Command.SETEX ? "EX" : "PX", args.get(2), command.lowerName(), out);
        if (expiresAt != null) {
            store.put(key, args.get(3), expiresAt);
            out.simple("OK");
        }
    }

    /**
     * The moment on the store's clock that {@code text} names in {@code unit}, or null after
     * replying Redis's error. EXAT and PXAT are Unix times, a wall clock that may jump; the
     * store counts on a clock that never goes back, so they become a time from now, then a
     * moment on the store's clock. A moment already past is allowed: the key expires at once.
     */
    private Long moment(String unit, byte[] text, String command, Replies out) {
        Long amount = DataCommands.integer(text);
        if (amount == null) {
            out.error(DataCommands.NOT_AN_INTEGER);
            return null;
        }
        long most = unit.equals("PXAT") ? Long.MAX_VALUE : unit.equals("EXAT") ? Long.MAX_VALUE / 1000 : Long.MAX_VALUE / 2000;
        if (amount <= 0 || amount > most) {
            out.error("ERR invalid expire time in '" + command + "' command");
            return null;
        }
        long now = store.now();
        return switch (unit) {
            case "EX" -> now + amount * 1000;
            case "PX" -> now + amount;
            default -> {
                long fromNow = (unit.equals("EXAT") ? amount * 1000 : amount) - System.currentTimeMillis();
                long at = now + fromNow;
                // PXAT 9223372036854775807 is allowed, as in Redis: past the clock's end, as late as it goes
                yield fromNow > 0 && at < now ? Store.NEVER - 1 : Math.min(at, Store.NEVER - 1);
            }
        };
    }

    static String upper(byte[] word) {
        return new String(word, ISO_8859_1).toUpperCase(Locale.ROOT);
    }
}

package sockets.ch16;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The key space: keys (bytes as ISO-8859-1 strings, a char a byte) to values, each with an optional
 * moment of expiry. Not thread-safe: {@link Commands} runs one command at a time, as Redis's thread.
 */
final class Store {

    /** No expiry. Times are milliseconds of the store's clock. */
    static final long NEVER = Long.MAX_VALUE;

    /** The store is at maxmemory: Redis answers {@code -OOM ...} and stores nothing. */
    static final class Full extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private record Entry(byte[] value, long expiresAt) { }
    private record Expiry(long at, String key) { }

    private final Map<String, Entry> entries = new HashMap<>();
    // tag::expiry-index[]
    // Only the keys that expire, soonest first: the sweep looks at the head, never at keys with no expiry.
    private final TreeSet<Expiry> expiring = new TreeSet<>(
            Comparator.comparingLong(Expiry::at).thenComparing(Expiry::key));
    // end::expiry-index[]
    private final long maxMemory;
    private final LongSupplier clock;
    private long used;

    Store(long maxMemory, LongSupplier clock) {
        this.maxMemory = maxMemory;
        this.clock = clock;
    }

    long now() {
        return clock.getAsLong();
    }

    // tag::lazy[]
    /** The live entry of {@code key}, or null; an expired one is removed on the spot (lazily). */
    private Entry live(String key) {
        var entry = entries.get(key);
        // Past its moment, not at it, as Redis decides (now > when): with clocks in whole
        // milliseconds, PX 100 then never ends a key sooner than 100 ms after SET.
        if (entry != null && entry.expiresAt() < now()) {
            remove(key);
            return null;
        }
        return entry;
    }
    // end::lazy[]

    byte[] get(String key) {
        var entry = live(key);
        return entry == null ? null : entry.value();
    }

    /** The moment {@code key} expires, {@link #NEVER}, or -1 when there is no such key. */
    long expiresAt(String key) {
        var entry = live(key);
        return entry == null ? -1 : entry.expiresAt();
    }

    /**
     * Stores {@code value} under {@code key}, replacing any value and expiry it had. A new value
     * past maxmemory is Full; the same value with a new expiry (EXPIRE, not denyoom) never is.
     */
    void put(String key, byte[] value, long expiresAt) throws Full {
        var old = entries.get(key);
        long oldCost = old == null ? 0 : cost(key, old);
        long newCost = cost(key, new Entry(value, expiresAt));
        if ((old == null || old.value() != value) && newCost > oldCost && used - oldCost + newCost > maxMemory) {
            throw new Full();
        }
        entries.put(key, new Entry(value, expiresAt));
        used += newCost - oldCost;
        if (old != null && old.expiresAt() != NEVER) {
            expiring.remove(new Expiry(old.expiresAt(), key));
        }
        if (expiresAt != NEVER) {
            expiring.add(new Expiry(expiresAt, key));
        }
    }

    boolean remove(String key) {
        var old = entries.remove(key);
        if (old == null) {
            return false;
        }
        used -= cost(key, old);
        if (old.expiresAt() != NEVER) {
            expiring.remove(new Expiry(old.expiresAt(), key));
        }
        return true;
    }

    /** The live keys {@code wanted} accepts, in no particular order. */
    List<String> keys(Predicate<String> wanted) {
        long now = now();
        var found = new ArrayList<String>();
        entries.forEach((key, entry) -> {
            if (entry.expiresAt() >= now && wanted.test(key)) {
                found.add(key);
            }
        });
        return found;
    }

    /** Keys, counting those expired but not yet swept, as Redis's DBSIZE does. */
    int size() {
        return entries.size();
    }

    void clear() {
        entries.clear();
        expiring.clear();
        used = 0;
    }

    // tag::sweep[]
    /** Removes up to {@code max} expired keys, soonest first: the periodic half of expiry. */
    int sweep(int max) {
        long now = now();
        int removed = 0;
        while (removed < max && !expiring.isEmpty() && expiring.first().at() < now) {
            remove(expiring.first().key());
            removed++;
        }
        return removed;
    }
    // end::sweep[]

    /** What the store counts against maxmemory: the heap it holds, measured, not guessed. */
    long used() {
        return used;
    }

    private static long cost(String key, Entry entry) {
        return KeyCost.of(key.length(), entry.value().length, entry.expiresAt() != NEVER);
    }
}

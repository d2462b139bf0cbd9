package sockets.ch16;

/**
 * What a key costs in the heap, which maxmemory counts: its bytes and what Java holds them in,
 * measured, not guessed. Redis counts what its allocator hands out; a Java program cannot ask
 * its heap what one object costs, so the figures come from the layouts of HotSpot's objects
 * (compressed references and class pointers, the default below 32 GiB of heap: a 12-byte
 * header, references of 4 bytes, every object padded to 8), checked against the heap itself
 * by KeyCostProbe, which fills a store with a million keys and reads the heap after a full GC.
 */
final class KeyCost {

    // tag::overhead[]
    /**
     * A key beyond its bytes: HashMap's node 32, the key's String 24, the Entry record 24, the
     * headers of the key's and the value's arrays 16 each, and the key's slot in the map's
     * table, 4 bytes at a load between 0.375 and 0.75, so at most 11: 123, rounded up to 128.
     * KeyCostProbe measured 124.4 (a table at 0.48 load), five runs alike.
     */
    static final int OVERHEAD = 128;
    /** A key that expires, more: its Expiry record 24, the TreeSet's node 40 (measured: 64.0). */
    static final int EXPIRY_OVERHEAD = 64;
    // end::overhead[]

    private KeyCost() {
    }

    /** The heap a key of {@code keyBytes} and a value of {@code valueBytes} hold. */
    static long of(int keyBytes, int valueBytes, boolean expires) {
        // Each array is padded to a multiple of 8 bytes, its 16-byte header already one.
        long bytes = padded(keyBytes) + padded(valueBytes) + OVERHEAD;
        return expires ? bytes + EXPIRY_OVERHEAD : bytes;
    }

    private static long padded(int n) {
        return (n + 7L) & ~7L;
    }
}

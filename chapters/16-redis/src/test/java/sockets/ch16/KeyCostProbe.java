package sockets.ch16;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * Measures what one key costs in the heap beyond its bytes: fills a {@link Store} with N keys and
 * reads the heap's use after a full collection, before and after. Not a test (a heap figure in a
 * JVM shared with parallel tests means nothing); run it alone, as the chapter says:
 *
 * <pre>java -XX:+UseSerialGC -Xmx2g -cp target/classes:target/test-classes sockets.ch16.KeyCostProbe</pre>
 */
final class KeyCostProbe {

    private KeyCostProbe() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        for (int run = 1; run <= 5; run++) {
            for (boolean expiring : new boolean[] {false, true}) {
                long before = usedAfterGc();
                var store = new Store(Long.MAX_VALUE, () -> 0);
                long bytes = 0;
                for (int i = 0; i < n; i++) {
                    // keys of 12 bytes (28 with the array's header, padded to 32), values of 8 (24)
                    var key = String.format("key:%08d", i);
                    var value = String.format("v%07d", i).getBytes(StandardCharsets.ISO_8859_1);
                    try {
                        store.put(key, value, expiring ? 1_000_000 + i : Store.NEVER);
                    } catch (Store.Full full) {
                        throw new AssertionError(full);
                    }
                    bytes += key.length() + value.length;
                }
                long after = usedAfterGc();
                System.out.printf("run %d, %s: %.1f bytes per key beyond its %d bytes; the store counts %.1f%n",
                        run, expiring ? "with expiry" : "no expiry", (after - before - bytes) / (double) n,
                        bytes / n, (store.used() - bytes) / (double) n);
                store.clear();
            }
        }
    }

    private static long usedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}

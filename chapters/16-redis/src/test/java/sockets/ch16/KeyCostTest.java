package sockets.ch16;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * What the store counts against maxmemory: a key's bytes, padded as the JVM pads an array, and
 * what Java holds them in, as KeyCostProbe measured it (124.4 bytes beyond the bytes, 64 more
 * for a key that expires), not the 64 bytes once guessed.
 */
class KeyCostTest {

    private static final byte[] EIGHT = "12345678".getBytes(ISO_8859_1);

    @Test
    void a_key_counts_its_padded_bytes_and_what_java_holds_them_in() throws Exception {
        var store = new Store(Long.MAX_VALUE, () -> 0);
        store.put("key:00000001", EIGHT, Store.NEVER);
        assertEquals(16 + 8 + 128, store.used(), "12 bytes padded to 16, 8, and the measured 128");
    }

    @Test
    void a_key_that_expires_counts_its_place_in_the_expiry_index_too() throws Exception {
        var store = new Store(Long.MAX_VALUE, () -> 0);
        store.put("key:00000001", EIGHT, 1000);
        assertEquals(16 + 8 + 128 + 64, store.used());
        store.put("key:00000001", EIGHT, Store.NEVER);
        assertEquals(16 + 8 + 128, store.used(), "no longer in the index, no longer counted");
        store.remove("key:00000001");
        assertEquals(0, store.used());
    }

    @Test
    void a_store_at_its_limit_refuses_the_next_key_at_the_measured_cost() throws Exception {
        var store = new Store(3 * (16 + 8 + 128), () -> 0);
        for (int i = 0; i < 3; i++) {
            store.put("key:0000000" + i, EIGHT, Store.NEVER);
        }
        assertThrows(Store.Full.class, () -> store.put("key:00000009", EIGHT, Store.NEVER));
        assertEquals(3, store.size());
    }

    @Test
    void a_new_expiry_of_the_same_value_is_allowed_past_the_limit_as_redis_expire_is() throws Exception {
        // EXPIRE is not a denyoom command in Redis: it is never refused for memory.
        var store = new Store(16 + 8 + 128, () -> 0);
        store.put("key:00000001", EIGHT, Store.NEVER);
        store.put("key:00000001", store.get("key:00000001"), 1000);
        assertEquals(16 + 8 + 128 + 64, store.used());
    }
}

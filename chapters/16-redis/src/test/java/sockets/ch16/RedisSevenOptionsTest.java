package sockets.ch16;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What clients of Redis 7.0 send beyond SET's NX, XX, EX and PX: each reply as a live
 * redis-server 7.0.15 gave it (Debian 12's), byte for byte.
 */
class RedisSevenOptionsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final Commands commands = new Commands(Limits.DEFAULT, clock::get);

    private String run(String... words) {
        var replies = new Replies(Limits.DEFAULT.maxReplies());
        commands.execute(Arrays.stream(words).map(w -> w.getBytes(UTF_8)).toList(), replies);
        return new String(replies.array(), replies.start(), replies.unsent(), UTF_8)
                .replace("\r\n", "|");
    }

    @Test
    void set_keepttl_keeps_the_time_to_live_a_plain_set_clears() {
        run("SET", "k", "v", "EX", "100");
        assertEquals("+OK|", run("SET", "k", "w", "KEEPTTL"));
        assertEquals(":100|", run("TTL", "k"));
        assertEquals("$1|w|", run("GET", "k"));
        assertEquals("+OK|", run("SET", "new", "v", "keepttl"));
        assertEquals(":-1|", run("TTL", "new"), "a new key has no time to keep");
    }

    @Test
    void set_get_answers_the_old_value_and_sets_the_new_one() {
        assertEquals("$-1|", run("SET", "k", "v", "GET"), "no old value: nil, and the key is set");
        assertEquals("$1|v|", run("SET", "k", "w", "GET"));
        assertEquals("$1|w|", run("GET", "k"));
    }

    @Test
    void set_get_with_a_condition_that_fails_answers_the_old_value_and_sets_nothing() {
        run("SET", "k", "old");
        assertEquals("$3|old|", run("SET", "k", "new", "NX", "GET"));
        assertEquals("$3|old|", run("GET", "k"));
        assertEquals("$-1|", run("SET", "missing", "v", "XX", "GET"));
        assertEquals(":0|", run("EXISTS", "missing"));
        assertEquals("$-1|", run("SET", "fresh", "v", "NX", "GET"), "NX with GET: allowed since 7.0");
        assertEquals("$1|v|", run("GET", "fresh"));
    }

    @Test
    void set_exat_and_pxat_are_unix_times() {
        assertEquals("+OK|", run("SET", "k", "v", "PXAT", Long.toString(System.currentTimeMillis() + 100_000)));
        assertEquals(":100|", run("TTL", "k"));
        assertEquals("+OK|", run("SET", "k", "v", "exat", Long.toString(System.currentTimeMillis() / 1000 + 200)));
        var ttl = run("TTL", "k");
        assertTrue(ttl.equals(":199|") || ttl.equals(":200|"), ttl);
        assertEquals("+OK|", run("SET", "past", "v", "EXAT", "1"), "a moment already past is allowed");
        assertEquals("$-1|", run("GET", "past"), "and the key is gone at once");
        assertEquals("+OK|", run("SET", "k", "v", "PXAT", Long.toString(Long.MAX_VALUE)), "as late as it goes");
    }

    @Test
    void set_refuses_two_kinds_of_expiry_and_a_time_that_is_no_time() {
        assertEquals("-ERR syntax error|", run("SET", "k", "v", "KEEPTTL", "EX", "5"));
        assertEquals("-ERR syntax error|", run("SET", "k", "v", "EX", "1", "EXAT", "5"));
        assertEquals("-ERR syntax error|", run("SET", "k", "v", "EXAT", "5", "PXAT", "5"));
        assertEquals("-ERR syntax error|", run("SET", "k", "v", "XX", "GET", "NX"));
        assertEquals("$-1|", run("SET", "k", "v", "KEEPTTL", "KEEPTTL", "GET", "GET"), "each twice: allowed");
        assertEquals("-ERR invalid expire time in 'set' command|", run("SET", "k", "v", "EXAT", "0"));
        assertEquals("-ERR invalid expire time in 'set' command|", run("SET", "k", "v", "PXAT", "-1"));
        assertEquals("-ERR invalid expire time in 'set' command|",
                run("SET", "k", "v", "EXAT", Long.toString(Long.MAX_VALUE)));
        assertEquals("-ERR value is not an integer or out of range|", run("SET", "k", "v", "EXAT", "abc"));
    }

    @Test
    void set_get_with_an_invalid_time_answers_the_error_alone_and_keeps_the_value() {
        run("SET", "k", "old");
        assertEquals("-ERR invalid expire time in 'set' command|", run("SET", "k", "v", "GET", "EX", "0"));
        assertEquals("$3|old|", run("GET", "k"));
    }

    @Test
    void setex_and_psetex_set_a_value_with_a_time_to_live() {
        assertEquals("+OK|", run("SETEX", "s", "100", "v"));
        assertEquals(":100|", run("TTL", "s"));
        assertEquals("+OK|", run("psetex", "p", "1500", "v"));
        clock.addAndGet(1500);
        assertEquals("$1|v|", run("GET", "p"));
        clock.addAndGet(1);
        assertEquals("$-1|", run("GET", "p"));
    }

    @Test
    void setex_and_psetex_refuse_as_redis_does_with_their_own_names() {
        assertEquals("-ERR invalid expire time in 'setex' command|", run("SETEX", "s", "0", "v"));
        assertEquals("-ERR invalid expire time in 'psetex' command|", run("PSETEX", "s", "-1", "v"));
        assertEquals("-ERR invalid expire time in 'setex' command|",
                run("SETEX", "s", Long.toString(Long.MAX_VALUE), "v"));
        assertEquals("-ERR value is not an integer or out of range|", run("SETEX", "s", "abc", "v"));
        assertEquals("-ERR wrong number of arguments for 'setex' command|", run("SETEX", "s", "10"));
        assertEquals(":0|", run("EXISTS", "s"));
    }

    @Test
    void expire_nx_and_xx_ask_whether_the_key_has_a_time_to_live() {
        run("SET", "a", "1");
        assertEquals(":0|", run("EXPIRE", "a", "100", "XX"), "no time to live yet");
        assertEquals(":1|", run("EXPIRE", "a", "100", "NX"));
        assertEquals(":0|", run("EXPIRE", "a", "200", "nx"));
        assertEquals(":1|", run("EXPIRE", "a", "200", "XX"));
        assertEquals(":200|", run("TTL", "a"));
        assertEquals(":0|", run("EXPIRE", "missing", "100", "NX"));
    }

    @Test
    void expire_gt_and_lt_compare_moments_and_no_time_to_live_is_infinite() {
        run("SET", "a", "1");
        assertEquals(":0|", run("EXPIRE", "a", "100", "GT"), "nothing is greater than infinite");
        assertEquals(":1|", run("EXPIRE", "a", "100", "LT"));
        assertEquals(":0|", run("EXPIRE", "a", "50", "GT"));
        assertEquals(":1|", run("EXPIRE", "a", "300", "GT"));
        assertEquals(":0|", run("EXPIRE", "a", "400", "LT"));
        assertEquals(":1|", run("EXPIRE", "a", "350", "XX", "GT"), "XX with GT or LT is allowed");
        assertEquals(":350|", run("TTL", "a"));
        assertEquals(":0|", run("EXPIRE", "a", "-5", "GT"), "a moment past is not later");
        assertEquals(":1|", run("EXPIRE", "a", "-5", "LT"), "but it is sooner: the key goes");
        assertEquals(":0|", run("EXISTS", "a"));
    }

    @Test
    void expire_refuses_flags_that_contradict_in_redis_words() {
        run("SET", "a", "1");
        assertEquals("-ERR NX and XX, GT or LT options at the same time are not compatible|",
                run("EXPIRE", "a", "100", "NX", "XX"));
        assertEquals("-ERR NX and XX, GT or LT options at the same time are not compatible|",
                run("EXPIRE", "a", "100", "NX", "GT"));
        assertEquals("-ERR GT and LT options at the same time are not compatible|",
                run("EXPIRE", "a", "100", "GT", "LT"));
        assertEquals("-ERR Unsupported option foo|", run("EXPIRE", "a", "abc", "foo"), "options first, as Redis");
        assertEquals("-ERR value is not an integer or out of range|", run("EXPIRE", "a", "abc", "NX"));
        assertEquals(":-1|", run("TTL", "a"));
    }
}

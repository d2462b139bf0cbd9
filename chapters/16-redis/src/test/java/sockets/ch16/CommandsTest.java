package sockets.ch16;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The command core alone, with a clock the test moves by hand: every reply in RESP, exactly,
 * and expiry proven without waiting.
 */
class CommandsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private Commands commands = new Commands(Limits.DEFAULT, clock::get);

    private String run(String... words) {
        var replies = new Replies(Limits.DEFAULT.maxReplies());
        commands.execute(Arrays.stream(words).map(w -> w.getBytes(UTF_8)).toList(), replies);
        return new String(replies.array(), replies.start(), replies.unsent(), UTF_8)
                .replace("\r\n", "|");
    }

    @Test
    void ping_answers_pong_or_its_argument() {
        assertEquals("+PONG|", run("PING"));
        assertEquals("$5|hello|", run("ping", "hello"));
        assertEquals("-ERR wrong number of arguments for 'ping' command|", run("PING", "a", "b"));
    }

    @Test
    void set_then_get_and_a_missing_key_is_nil() {
        assertEquals("+OK|", run("SET", "k", "v"));
        assertEquals("$1|v|", run("GET", "k"));
        assertEquals("$-1|", run("GET", "nothing"));
    }

    @Test
    void nx_sets_only_a_new_key_and_xx_only_an_existing_one() {
        assertEquals("$-1|", run("SET", "k", "v", "XX"));
        assertEquals("+OK|", run("SET", "k", "v", "NX"));
        assertEquals("$-1|", run("SET", "k", "w", "nx"));
        assertEquals("+OK|", run("SET", "k", "w", "XX"));
        assertEquals("$1|w|", run("GET", "k"));
    }

    @Test
    void set_refuses_what_redis_refuses_in_redis_words() {
        assertEquals("-ERR syntax error|", run("SET", "k", "v", "NX", "XX"));
        assertEquals("-ERR syntax error|", run("SET", "k", "v", "EX"));
        assertEquals("-ERR value is not an integer or out of range|", run("SET", "k", "v", "EX", "soon"));
        assertEquals("-ERR invalid expire time in 'set' command|", run("SET", "k", "v", "PX", "0"));
        assertEquals("-ERR wrong number of arguments for 'set' command|", run("SET", "k"));
    }

    @Test
    void a_key_with_px_lives_exactly_that_long() {
        run("SET", "k", "v", "PX", "100");
        clock.addAndGet(100);
        assertEquals("$1|v|", run("GET", "k"), "at its moment it is still there: Redis ends a key after it");
        clock.addAndGet(1);
        assertEquals("$-1|", run("GET", "k"), "read after its time: removed lazily");
        assertEquals(":0|", run("DBSIZE"));
    }

    @Test
    void the_sweep_removes_expired_keys_nobody_reads() {
        run("SET", "a", "1", "EX", "1");
        run("SET", "b", "2", "EX", "10");
        run("SET", "c", "3");
        clock.addAndGet(1001);
        assertEquals(":3|", run("DBSIZE"), "an expired key still counts until it is swept, as in Redis");
        assertEquals(1, commands.sweep());
        assertEquals(":2|", run("DBSIZE"));
    }

    @Test
    void ttl_and_expire_count_in_seconds() {
        assertEquals(":-2|", run("TTL", "k"), "no such key");
        run("SET", "k", "v");
        assertEquals(":-1|", run("TTL", "k"), "no expiry");
        assertEquals(":1|", run("EXPIRE", "k", "10"));
        clock.addAndGet(2500);
        assertEquals(":8|", run("TTL", "k"), "7.5 s left, rounded as Redis rounds");
        assertEquals(":0|", run("EXPIRE", "missing", "10"));
        assertEquals(":1|", run("EXPIRE", "k", "-1"), "a time in the past deletes the key");
        assertEquals(":0|", run("EXISTS", "k"));
    }

    @Test
    void a_new_set_clears_the_expiry_and_incr_keeps_it() {
        run("SET", "k", "1", "EX", "10");
        run("INCR", "k");
        assertEquals(":10|", run("TTL", "k"));
        run("SET", "k", "1");
        assertEquals(":-1|", run("TTL", "k"));
    }

    @Test
    void incr_and_decr_count_and_refuse_what_is_not_an_integer() {
        assertEquals(":1|", run("INCR", "n"));
        assertEquals(":2|", run("INCR", "n"));
        assertEquals(":1|", run("DECR", "n"));
        run("SET", "s", "007");
        assertEquals("-ERR value is not an integer or out of range|", run("INCR", "s"));
        run("SET", "big", String.valueOf(Long.MAX_VALUE));
        assertEquals("-ERR increment or decrement would overflow|", run("INCR", "big"));
    }

    @Test
    void del_and_exists_count_the_keys_they_found() {
        run("SET", "a", "1");
        run("SET", "b", "2");
        assertEquals(":3|", run("EXISTS", "a", "b", "a"));
        assertEquals(":2|", run("DEL", "a", "b", "c"));
        assertEquals(":0|", run("EXISTS", "a"));
    }

    @Test
    void keys_matches_a_glob_and_flushall_empties_the_store() {
        run("SET", "user:1", "x");
        run("SET", "user:2", "x");
        run("SET", "order:1", "x");
        assertEquals("*1|$7|order:1|", run("KEYS", "o*"));
        assertEquals(2, run("KEYS", "user:[12]").split("\\$6").length - 1);
        assertEquals("*0|", run("KEYS", "user:[^12]"));
        assertEquals("+OK|", run("FLUSHALL"));
        assertEquals(":0|", run("DBSIZE"));
    }

    @Test
    void a_glob_with_many_stars_does_not_backtrack_without_end() {
        var glob = new Glob("*a*a*a*a*a*a*a*a*a*a*b".getBytes(UTF_8));
        assertFalse(glob.matches("a".repeat(10_000)), "answered at once, not after 10^40 tries");
        assertTrue(new Glob("h?llo\\*".getBytes(UTF_8)).matches("hello*"));
    }

    @Test
    void an_unknown_command_gets_redis_own_error() {
        assertEquals("-ERR unknown command 'FOO', with args beginning with: 'a' 'b' |", run("FOO", "a", "b"));
    }

    @Test
    void a_store_at_its_memory_limit_answers_oom_and_keeps_serving() {
        commands = new Commands(Limits.DEFAULT.withMaxMemory(1000), clock::get);
        assertEquals("+OK|", run("SET", "a", "x".repeat(500)));
        assertEquals("-OOM command not allowed when used memory > 'maxmemory'.|", run("SET", "b", "x".repeat(500)));
        assertEquals("+OK|", run("SET", "a", "small"), "replacing with less is allowed");
        assertEquals("$-1|", run("GET", "b"));
    }

    @Test
    void config_get_answers_what_redis_benchmark_asks() {
        assertEquals("*2|$4|save|$0||", run("CONFIG", "GET", "save"));
        assertEquals("*2|$10|appendonly|$2|no|", run("CONFIG", "GET", "appendonly"));
        assertEquals("*0|", run("CONFIG", "GET", "nothing-like-this"));
    }

    @Test
    void command_describes_the_commands_and_docs_is_unknown_as_before_redis_7() {
        assertEquals(":" + Command.values().length + "|", run("COMMAND", "COUNT"));
        assertEquals("*1|*6|$3|get|:2|*2|+readonly|+fast|:1|:1|:1|", run("COMMAND", "INFO", "get"));
        // redis-cli 7 then uses the help it carries, and its hints work (an empty list: no hints)
        assertEquals("-ERR unknown subcommand 'DOCS'. Try COMMAND HELP.|", run("COMMAND", "DOCS"));
    }

    @Test
    void the_longest_reply_but_keys_fits_in_the_room_max_replies_leaves_past_max_unsent() {
        // COMMAND INFO with as many names as a command may hold, each the longest to describe.
        var words = new String[Limits.DEFAULT.maxArgs()];
        Arrays.fill(words, "incr");
        words[0] = "COMMAND";
        words[1] = "INFO";
        int longest = run(words).length();
        assertTrue(longest <= Limits.DEFAULT.maxReplies() - Limits.DEFAULT.maxUnsent() - Limits.DEFAULT.maxBulk(),
                longest + " bytes");
    }

    @Test
    void a_reply_past_max_replies_is_dropped_and_asks_for_a_close() {
        var limits = Limits.DEFAULT.withMaxBulk(1000);
        commands = new Commands(limits, clock::get);
        for (int i = 0; i < 100; i++) {
            run("SET", i + "k".repeat(990), "v");
        }
        var replies = new Replies(limits.maxReplies());
        var keys = List.of("KEYS".getBytes(UTF_8), "*".getBytes(UTF_8));
        assertEquals(Commands.Then.GO_ON, commands.execute(keys, replies), "100 KB: under the limit");
        assertEquals(Commands.Then.CLOSE, commands.execute(keys, replies), "200 KB: past it");
        assertEquals(0, replies.unsent(), "nothing of the replies is kept");
        assertTrue(replies.overflowed());
    }

    @Test
    void set_takes_an_option_twice_as_redis_does_and_the_last_expiry_counts() {
        assertEquals("+OK|", run("SET", "k", "v", "NX", "NX"));
        assertEquals("+OK|", run("SET", "k", "w", "XX", "xx"));
        assertEquals("+OK|", run("SET", "k", "v", "EX", "10", "EX", "20"));
        assertEquals(":20|", run("TTL", "k"));
        assertEquals("-ERR syntax error|", run("SET", "k", "v", "NX", "XX"));
        assertEquals("-ERR syntax error|", run("SET", "k", "v", "EX", "10", "PX", "20"));
    }

    @Test
    void incr_and_decr_at_the_ends_of_a_64_bit_integer_answer_as_redis_does() {
        run("SET", "n", Long.toString(Long.MIN_VALUE));
        assertEquals("-ERR increment or decrement would overflow|", run("DECR", "n"));
        assertEquals(":" + (Long.MIN_VALUE + 1) + "|", run("INCR", "n"));
        run("SET", "n", Long.toString(Long.MAX_VALUE));
        assertEquals("-ERR increment or decrement would overflow|", run("INCR", "n"));
        assertEquals("-ERR invalid expire time in 'expire' command|", run("EXPIRE", "n", Long.toString(Long.MIN_VALUE)));
        assertEquals(":1|", run("EXISTS", "n"), "EXPIRE at Long.MIN_VALUE deletes nothing");
    }

    @Test
    void config_get_matches_names_whatever_their_case_as_redis_does() {
        assertEquals("*2|$4|save|$0||", run("CONFIG", "GET", "SAVE"));
        assertEquals("*2|$10|appendonly|$2|no|", run("config", "get", "AppendOnly"));
    }

    @Test
    void quit_answers_ok_and_asks_for_a_close() {
        var replies = new Replies(Limits.DEFAULT.maxReplies());
        assertEquals(Commands.Then.CLOSE, commands.execute(List.of("QUIT".getBytes(UTF_8)), replies));
    }
}

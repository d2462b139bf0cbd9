package sockets.ch16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real {@code redis-benchmark} against both designs: 50 clients, PING (inline and as an
 * array), SET, GET and INCR, one command at a time and sixteen pipelined. redis-benchmark
 * exits at the first error reply, so exit 0 with a line per test means zero errors; and the
 * counter INCR raised proves that every request ran. Speed is measured by
 * {@code ./workbook bench redis}, not here.
 */
@Timeout(120)
class RedisBenchmarkTest {

    /**
     * Requests per test. The issue asks for 100000; one at a time, 500000 requests take 25 to
     * 35 s on a loaded 2-core machine, far past this module's test budget, so unpipelined runs
     * send 10000 (still 50 clients, all five tests) and pipelined runs the full 100000.
     */
    @ParameterizedTest(name = "{0} design, -P {1}, -n {2}")
    @CsvSource({"VIRTUAL, 1, 10000", "VIRTUAL, 16, 100000", "SELECTOR, 1, 10000", "SELECTOR, 16, 100000"})
    void redis_benchmark_runs_without_an_error(Options.Design design, int pipeline, int requests) throws Exception {
        RedisTools.require("redis-benchmark");
        try (var server = RunningServer.start(design)) {
            var output = RedisTools.shell("redis-benchmark -p " + server.port()
                    + " -t ping,set,get,incr -c 50 -n " + requests + " -P " + pipeline
                    + " --csv; echo \"exit $?\"", Duration.ofSeconds(100));
            assertTrue(output.strip().endsWith("exit 0"), "redis-benchmark stops at the first error:\n" + output);
            assertTrue(!output.contains("WARNING"), "CONFIG GET save and appendonly answered:\n" + output);
            for (var test : List.of("PING_INLINE", "PING_MBULK", "SET", "GET", "INCR")) {
                assertTrue(output.contains("\"" + test + "\","), test + " ran to its end:\n" + output);
            }
            try (var client = server.client()) {
                assertEquals("\"" + requests + "\"", client.call("GET", "counter:__rand_int__"),
                        "the INCR test's key: every one of its requests was executed");
            }
        }
    }
}

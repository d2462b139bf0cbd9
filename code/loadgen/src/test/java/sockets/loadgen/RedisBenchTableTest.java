package sockets.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisBenchTableTest {

    @Test
    void each_design_gets_its_ratio_to_redis_and_missing_figures_are_dashes() {
        var results = new LinkedHashMap<String, Map<String, Double>>();
        results.put("selector", Map.of("SET", 80_000.0, "SET -P 16", 500_000.0, RedisBenchTable.CPU, 15.0));
        results.put("redis", Map.of("SET", 100_000.0, "SET -P 16", 400_000.0, RedisBenchTable.CPU, 14.0));
        var lines = RedisBenchTable.of(results, List.of("SET")).split("\n");
        assertEquals("test                     selector      x        redis", lines[0]);
        assertEquals("SET                         80000   0.80       100000", lines[1]);
        assertEquals("CPU us/request              15.00   1.07        14.00", lines[2]);
        assertTrue(lines[3].startsWith(" of it system") && lines[3].contains(" - "), lines[3]);
        assertEquals("SET -P 16                  500000   1.25       400000", lines[4]);
        assertTrue(lines[5].startsWith("CPU us/request -P 16") && lines[5].contains(" - "), lines[5]);
    }

    @Test
    void without_redis_there_is_no_ratio_column() {
        var results = new LinkedHashMap<String, Map<String, Double>>();
        results.put("virtual", Map.of("GET", 1000.0));
        assertEquals("test                      virtual", RedisBenchTable.of(results, List.of("GET")).split("\n")[0]);
    }
}

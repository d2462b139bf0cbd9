package sockets.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sockets.loadgen.HttpBenchTable.Run;

class HttpBenchTableTest {

    @Test
    void a_row_per_server_with_the_median_its_spread_and_the_ratio_to_nginx_round_by_round() {
        var runs = new LinkedHashMap<String, Map<String, List<Run>>>();
        var small = new LinkedHashMap<String, List<Run>>();
        small.put("ch17", List.of(new Run(8000, 40, 0), new Run(9600, 42, 0), new Run(4000, 44, 1)));
        small.put("nginx", List.of(new Run(10000, 30, 0), new Run(10000, 31, 0), new Run(5000, 29, 0)));
        runs.put("/index.html, 2.0 KiB", small);

        var lines = HttpBenchTable.of(runs).split("\n");

        assertEquals("file                       server     req/s  spread  x nginx    x range  CPU us/req  errors", lines[0]);
        assertEquals("/index.html, 2.0 KiB       ch17        8000     70%     0.80  0.80-0.96        42.0       1", lines[1]);
        assertEquals("                           nginx      10000     50%                            30.0       0", lines[2]);
    }

    @Test
    void without_nginx_there_is_no_ratio_and_unknown_cpu_time_is_a_dash() {
        var runs = new LinkedHashMap<String, Map<String, List<Run>>>();
        runs.put("/bench-1mib.bin, 1.0 MiB", Map.of("ch17", List.of(new Run(700, -1, 0), new Run(700, 450, 0))));

        assertEquals("/bench-1mib.bin, 1.0 MiB   ch17         700      0%                               -       0",
                HttpBenchTable.of(runs).split("\n")[1]);
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertEquals(2.5, HttpBenchTable.median(List.of(4.0, 1.0, 3.0, 2.0)));
    }
}
